using System.Collections.Immutable;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// The SDK members that send data: which parameters carry the payload, and where the destination comes
/// from (an endpoint parameter, else the client object the call is made on). Data, not logic; each row
/// is checked against the SDK's own assembly in PayloadApisTests. A null member parameter list means a
/// settable property whose assigned value is the payload.
/// </summary>
internal static class PayloadApis
{
    public static readonly ImmutableArray<PayloadApi> All = ImmutableArray.Create(
        // HTTP: the request URL may carry personal data too (a query string).
        Http("System.Net.Http.HttpClient", "PostAsync", "content requestUri"),
        Http("System.Net.Http.HttpClient", "PutAsync", "content requestUri"),
        Http("System.Net.Http.HttpClient", "PatchAsync", "content requestUri"),
        Http("System.Net.Http.HttpClient", "GetAsync", "requestUri"),
        Http("System.Net.Http.HttpClient", "GetStringAsync", "requestUri"),
        Http("System.Net.Http.HttpClient", "GetStreamAsync", "requestUri"),
        Http("System.Net.Http.HttpClient", "GetByteArrayAsync", "requestUri"),
        Http("System.Net.Http.HttpClient", "DeleteAsync", "requestUri"),
        new PayloadApi("System.Net.Http.HttpClient", "SendAsync", "request", "request", EgressKind.Http),
        new PayloadApi("System.Net.Http.HttpClient", "Send", "request", "request", EgressKind.Http),
        Http("System.Net.Http.Json.HttpClientJsonExtensions", "PostAsJsonAsync", "value requestUri"),
        Http("System.Net.Http.Json.HttpClientJsonExtensions", "PutAsJsonAsync", "value requestUri"),
        Http("System.Net.Http.Json.HttpClientJsonExtensions", "PatchAsJsonAsync", "value requestUri"),
        Http("System.Net.Http.Json.HttpClientJsonExtensions", "GetFromJsonAsync", "requestUri"),
        Http("System.Net.Http.Json.HttpClientJsonExtensions", "DeleteFromJsonAsync", "requestUri"),
        new PayloadApi("System.Net.WebClient", "UploadString", "data address", "address", EgressKind.Http),
        new PayloadApi("System.Net.WebClient", "UploadStringTaskAsync", "data address", "address", EgressKind.Http),
        new PayloadApi("System.Net.WebClient", "UploadData", "data address", "address", EgressKind.Http),
        new PayloadApi("System.Net.WebClient", "UploadValues", "data address", "address", EgressKind.Http),
        new PayloadApi("Flurl.Http.GeneratedExtensions", "PostJsonAsync", "body url", "url", EgressKind.Http),
        new PayloadApi("Flurl.Http.GeneratedExtensions", "PutJsonAsync", "body url", "url", EgressKind.Http),
        new PayloadApi("System.Net.WebSockets.ClientWebSocket", "SendAsync", "buffer", null, EgressKind.Rpc),

        // Mail
        new PayloadApi("System.Net.Mail.SmtpClient", "Send", "message from recipients subject body", null, EgressKind.Mail),
        new PayloadApi("System.Net.Mail.SmtpClient", "SendMailAsync", "message from recipients subject body", null, EgressKind.Mail),
        new PayloadApi("MailKit.MailTransport", "Send", "message recipients", null, EgressKind.Mail),
        new PayloadApi("MailKit.MailTransport", "SendAsync", "message recipients", null, EgressKind.Mail),

        // AWS: the destination is the client's region; SQS names its queue by URL.
        Cloud("Amazon.S3.IAmazonS3", "PutObjectAsync", "request"),
        Cloud("Amazon.S3.AmazonS3Client", "PutObjectAsync", "request"),
        Cloud("Amazon.DynamoDBv2.IAmazonDynamoDB", "PutItemAsync", "request item"),
        Cloud("Amazon.DynamoDBv2.AmazonDynamoDBClient", "PutItemAsync", "request item"),
        new PayloadApi("Amazon.SQS.IAmazonSQS", "SendMessageAsync", "request messageBody", "queueUrl", EgressKind.Messaging),
        new PayloadApi("Amazon.SQS.AmazonSQSClient", "SendMessageAsync", "request messageBody", "queueUrl", EgressKind.Messaging),

        // Azure
        Cloud("Azure.Storage.Blobs.BlobClient", "Upload", "content"),
        Cloud("Azure.Storage.Blobs.BlobClient", "UploadAsync", "content"),
        Cloud("Azure.Storage.Blobs.BlobContainerClient", "UploadBlob", "content"),
        Cloud("Azure.Storage.Blobs.BlobContainerClient", "UploadBlobAsync", "content"),
        new PayloadApi("Azure.Messaging.ServiceBus.ServiceBusSender", "SendMessageAsync", "message", null, EgressKind.Messaging),
        Cloud("Microsoft.Azure.Cosmos.Container", "CreateItemAsync", "item"),
        Cloud("Microsoft.Azure.Cosmos.Container", "UpsertItemAsync", "item"),
        Cloud("Microsoft.Azure.Cosmos.Container", "ReplaceItemAsync", "item"),

        // Telemetry and error reporting
        Telemetry("Microsoft.ApplicationInsights.TelemetryClient", "TrackEvent", "eventName properties telemetry"),
        Telemetry("Microsoft.ApplicationInsights.TelemetryClient", "TrackTrace", "message properties telemetry"),
        Telemetry("Microsoft.ApplicationInsights.TelemetryClient", "TrackException", "properties telemetry"),
        Telemetry("Sentry.SentrySdk", "CaptureMessage", "message"),
        new PayloadApi("Sentry.Scope", "User", null, null, EgressKind.Telemetry),

        // ---- SaaS, RPC and database SDKs (issue 13). The vendor's own host is where SaaS rows send
        // (SaasApis); RestSharp requests and Flurl calls add their builder calls' values (RequestBuilders).
        // SendGrid: the message (recipients, subject, content).
        Saas("SendGrid.ISendGridClient", "SendEmailAsync", "msg"),
        Saas("SendGrid.BaseClient", "SendEmailAsync", "msg"),

        // Stripe: the create/update options of the services that carry a customer's data.
        Saas("Stripe.CustomerService", "Create", "options"),
        Saas("Stripe.CustomerService", "CreateAsync", "options"),
        Saas("Stripe.CustomerService", "Update", "options"),
        Saas("Stripe.CustomerService", "UpdateAsync", "options"),
        Saas("Stripe.PaymentIntentService", "Create", "options"),
        Saas("Stripe.PaymentIntentService", "CreateAsync", "options"),
        Saas("Stripe.PaymentIntentService", "Update", "options"),
        Saas("Stripe.PaymentIntentService", "UpdateAsync", "options"),
        Saas("Stripe.ChargeService", "Create", "options"),
        Saas("Stripe.ChargeService", "CreateAsync", "options"),
        Saas("Stripe.PaymentMethodService", "Create", "options"),
        Saas("Stripe.PaymentMethodService", "CreateAsync", "options"),
        Saas("Stripe.PaymentMethodService", "Update", "options"),
        Saas("Stripe.PaymentMethodService", "UpdateAsync", "options"),
        Saas("Stripe.SetupIntentService", "Create", "options"),
        Saas("Stripe.SetupIntentService", "CreateAsync", "options"),
        Saas("Stripe.Checkout.SessionService", "Create", "options"),
        Saas("Stripe.Checkout.SessionService", "CreateAsync", "options"),

        // AWS SES, SES v2 and SNS (not served here: checked against the source-declared mirror of the
        // vendor's API in the tests, VendorMirrors.cs); the destination is the client's region.
        new PayloadApi("Amazon.SimpleEmail.IAmazonSimpleEmailService", "SendEmailAsync", "request", null, EgressKind.Mail),
        new PayloadApi("Amazon.SimpleEmail.AmazonSimpleEmailServiceClient", "SendEmailAsync", "request", null, EgressKind.Mail),
        new PayloadApi("Amazon.SimpleEmailV2.IAmazonSimpleEmailServiceV2", "SendEmailAsync", "request", null, EgressKind.Mail),
        new PayloadApi("Amazon.SimpleEmailV2.AmazonSimpleEmailServiceV2Client", "SendEmailAsync", "request", null, EgressKind.Mail),
        new PayloadApi("Amazon.SimpleNotificationService.IAmazonSimpleNotificationService", "PublishAsync", "request message subject", null, EgressKind.Messaging),
        new PayloadApi("Amazon.SimpleNotificationService.AmazonSimpleNotificationServiceClient", "PublishAsync", "request message subject", null, EgressKind.Messaging),
        new PayloadApi("Amazon.SimpleNotificationService.IAmazonSimpleNotificationService", "SubscribeAsync", "request endpoint", null, EgressKind.Messaging),
        new PayloadApi("Amazon.SimpleNotificationService.AmazonSimpleNotificationServiceClient", "SubscribeAsync", "request endpoint", null, EgressKind.Messaging),

        // RestSharp: the request (its body and parameters come from RequestBuilders); the client's base URL.
        Rest("RestSharp.RestClient", "ExecuteAsync"),
        Rest("RestSharp.IRestClient", "ExecuteAsync"),
        Rest("RestSharp.RestClientExtensions", "ExecuteAsync"),
        Rest("RestSharp.RestClientExtensions", "ExecuteGetAsync"),
        Rest("RestSharp.RestClientExtensions", "ExecutePostAsync"),
        Rest("RestSharp.RestClientExtensions", "ExecutePutAsync"),
        Rest("RestSharp.RestClientExtensions", "ExecutePatchAsync"),
        Rest("RestSharp.RestClientExtensions", "ExecuteDeleteAsync"),
        Rest("RestSharp.RestClientExtensions", "GetAsync"),
        Rest("RestSharp.RestClientExtensions", "PostAsync"),
        Rest("RestSharp.RestClientExtensions", "PutAsync"),
        Rest("RestSharp.RestClientExtensions", "PatchAsync"),
        Rest("RestSharp.RestClientExtensions", "DeleteAsync"),
        new PayloadApi("RestSharp.RestClientExtensions", "PostJsonAsync", "request resource", null, EgressKind.Http),
        new PayloadApi("RestSharp.RestClientExtensions", "PutJsonAsync", "request resource", null, EgressKind.Http),

        // Flurl: the URL (with its query parameters) and the body; headers and query parameters set on the
        // way come from RequestBuilders.
        new PayloadApi("Flurl.Http.GeneratedExtensions", "PostUrlEncodedAsync", "body url", "url", EgressKind.Http),
        new PayloadApi("Flurl.Http.GeneratedExtensions", "PostStringAsync", "body url", "url", EgressKind.Http),
        new PayloadApi("Flurl.Http.GeneratedExtensions", "PostAsync", "content url", "url", EgressKind.Http),
        new PayloadApi("Flurl.Http.GeneratedExtensions", "PutAsync", "content url", "url", EgressKind.Http),
        new PayloadApi("Flurl.Http.GeneratedExtensions", "PatchJsonAsync", "body url", "url", EgressKind.Http),
        new PayloadApi("Flurl.Http.GeneratedExtensions", "SendJsonAsync", "body url", "url", EgressKind.Http),
        new PayloadApi("Flurl.Http.GeneratedExtensions", "GetAsync", "url", "url", EgressKind.Http),
        new PayloadApi("Flurl.Http.GeneratedExtensions", "GetJsonAsync", "url", "url", EgressKind.Http),
        new PayloadApi("Flurl.Http.GeneratedExtensions", "GetStringAsync", "url", "url", EgressKind.Http),
        new PayloadApi("Flurl.Http.GeneratedExtensions", "DeleteAsync", "url", "url", EgressKind.Http),

        // MongoDB: the documents written; the destination is the MongoClient the collection comes from.
        Store("MongoDB.Driver.IMongoCollection`1", "InsertOne", "document"),
        Store("MongoDB.Driver.IMongoCollection`1", "InsertOneAsync", "document"),
        Store("MongoDB.Driver.IMongoCollection`1", "InsertMany", "documents"),
        Store("MongoDB.Driver.IMongoCollection`1", "InsertManyAsync", "documents"),
        Store("MongoDB.Driver.IMongoCollection`1", "ReplaceOne", "replacement"),
        Store("MongoDB.Driver.IMongoCollection`1", "ReplaceOneAsync", "replacement"),
        Store("MongoDB.Driver.IMongoCollection`1", "UpdateOne", "update"),
        Store("MongoDB.Driver.IMongoCollection`1", "UpdateOneAsync", "update"),
        Store("MongoDB.Driver.IMongoCollection`1", "UpdateMany", "update"),
        Store("MongoDB.Driver.IMongoCollection`1", "UpdateManyAsync", "update"),
        Store("MongoDB.Driver.IMongoCollectionExtensions", "ReplaceOne", "replacement"),
        Store("MongoDB.Driver.IMongoCollectionExtensions", "ReplaceOneAsync", "replacement"),
        Store("MongoDB.Driver.IMongoCollectionExtensions", "UpdateOne", "update"),
        Store("MongoDB.Driver.IMongoCollectionExtensions", "UpdateOneAsync", "update"),

        // Redis: the key (often built from an email or id) and the values stored; the destination is the multiplexer's configuration.
        Store("StackExchange.Redis.IDatabase", "StringSet", "key value values"),
        Store("StackExchange.Redis.IDatabase", "HashSet", "key hashField value hashFields"),
        Store("StackExchange.Redis.IDatabase", "ListLeftPush", "key value values"),
        Store("StackExchange.Redis.IDatabase", "ListRightPush", "key value values"),
        Store("StackExchange.Redis.IDatabase", "SetAdd", "key value values"),
        Store("StackExchange.Redis.IDatabaseAsync", "StringSetAsync", "key value values"),
        Store("StackExchange.Redis.IDatabaseAsync", "HashSetAsync", "key hashField value hashFields"),
        Store("StackExchange.Redis.IDatabaseAsync", "ListLeftPushAsync", "key value values"),
        Store("StackExchange.Redis.IDatabaseAsync", "ListRightPushAsync", "key value values"),
        Store("StackExchange.Redis.IDatabaseAsync", "SetAddAsync", "key value values"));

    private static PayloadApi Http(string type, string member, string payload) => new(type, member, payload, "requestUri", EgressKind.Http);

    private static PayloadApi Cloud(string type, string member, string payload) => new(type, member, payload, null, EgressKind.Cloud);

    private static PayloadApi Saas(string type, string member, string payload) => new(type, member, payload, null, EgressKind.Saas);

    private static PayloadApi Rest(string type, string member) => new(type, member, "request", null, EgressKind.Http);

    private static PayloadApi Store(string type, string member, string payload) => new(type, member, payload, null, EgressKind.Database);

    private static PayloadApi Telemetry(string type, string member, string payload) => new(type, member, payload, null, EgressKind.Telemetry);
}

/// <param name="TypeMetadataName">The type (or interface) declaring the member.</param>
/// <param name="MemberName">Method, or a property whose assigned value is sent.</param>
/// <param name="PayloadParameters">Space-separated names of the parameters that carry data; null for a property.</param>
/// <param name="EndpointParameter">The parameter naming the destination; null when the client object decides.</param>
/// <param name="Kind">The kind of channel.</param>
internal sealed record PayloadApi(string TypeMetadataName, string MemberName, string? PayloadParameters, string? EndpointParameter, EgressKind Kind)
{
    public ImmutableArray<string> PayloadParameterNames { get; } =
        PayloadParameters is null ? ImmutableArray<string>.Empty : ImmutableArray.Create(PayloadParameters.Split(' '));

    public string Display => TypeMetadataName + "." + MemberName;
}
