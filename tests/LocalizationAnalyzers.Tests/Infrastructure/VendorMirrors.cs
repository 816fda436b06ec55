namespace LocalizationAnalyzers.Tests.Infrastructure;

/// <summary>
/// Source-declared mirrors of vendor APIs whose packages the registry here does not serve: only the
/// members the analyzers rely on, with the vendor's real namespaces, type names, member names and
/// parameter order, copied from the vendor's public source (cited beside each). Test compilations add
/// them as source; PayloadApisTests checks the rows of these SDKs against them.
/// </summary>
internal static class VendorMirrors
{
    /// <summary>The namespaces mirrored here: their packages are not served, so their rows are checked against the mirror.</summary>
    public static readonly string[] Namespaces = { "Amazon.SimpleEmail", "Amazon.SimpleEmailV2", "Amazon.SimpleNotificationService", "Google.Api.Gax.Grpc" };

    private static readonly Lazy<Microsoft.CodeAnalysis.CSharp.CSharpCompilation> s_compilation = new(() =>
        Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "VendorMirrors",
            new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(AwsMessaging), Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(GoogleGaxGrpc) },
            TargetFramework.References.Concat(SdkAssemblies.All),
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: Microsoft.CodeAnalysis.NullableContextOptions.Enable)));

    /// <summary>The mirrored type, when its namespace is one of <see cref="Namespaces"/>.</summary>
    public static Microsoft.CodeAnalysis.INamedTypeSymbol? Find(string metadataName) =>
        Namespaces.Any(n => metadataName.StartsWith(n + ".", StringComparison.Ordinal) && metadataName.IndexOf('.', n.Length + 1) < 0)
            ? s_compilation.Value.GetTypeByMetadataName(metadataName)
            : null;

    /// <summary>Errors of the mirror compiled alone against the real AWSSDK.Core: none, or the mirror is wrong.</summary>
    public static IEnumerable<Microsoft.CodeAnalysis.Diagnostic> Errors =>
        s_compilation.Value.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);

    /// <summary>
    /// Google API extensions for gRPC clients: every generated Cloud client builder (PublisherServiceApiClientBuilder,
    /// FirestoreClientBuilder, ...) derives from ClientBuilderBase&lt;TClient&gt; and takes its endpoint there.
    /// googleapis/gax-dotnet: Google.Api.Gax.Grpc/ClientBuilderBase.cs @ 025d0aadb0ea0419fad9114f12b53b905aadc2f0
    /// ("public abstract class ClientBuilderBase&lt;TClient&gt;", "public string Endpoint { get; set; }", protected constructor).
    /// </summary>
    public const string GoogleGaxGrpc = """

        namespace Google.Api.Gax.Grpc
        {
            public abstract class ClientBuilderBase<TClient>
            {
                protected ClientBuilderBase() { }
                public string Endpoint { get; set; } = null!;
            }
        }
        """;

    /// <summary>
    /// AWS SDK for .NET v4: Amazon SNS, SES and SES v2 clients and request models.
    /// aws/aws-sdk-net:
    ///  sdk/src/Services/SimpleNotificationService/Generated/_bcl/IAmazonSimpleNotificationService.cs @ 986cdbfefef56275886bda6281c2c42c7a03f9cb
    ///  sdk/src/Services/SimpleNotificationService/Generated/_bcl/AmazonSimpleNotificationServiceClient.cs @ 28e320529577bebd9d47ddc50db41b71c37f9f8f
    ///    (PublishAsync(PublishRequest request, CancellationToken), PublishAsync(string topicArn, string message, CancellationToken),
    ///     PublishAsync(string topicArn, string message, string subject, CancellationToken), SubscribeAsync(SubscribeRequest request, CancellationToken),
    ///     SubscribeAsync(string topicArn, string protocol, string endpoint, CancellationToken); Model/PublishRequest.cs, Model/SubscribeRequest.cs)
    ///  sdk/src/Services/SimpleEmail/Generated/_bcl/IAmazonSimpleEmailService.cs @ b621181d0fa321504931e44178bd119f70b04805
    ///  sdk/src/Services/SimpleEmail/Generated/_bcl/AmazonSimpleEmailServiceClient.cs @ 28e320529577bebd9d47ddc50db41b71c37f9f8f
    ///    (SendEmailAsync(SendEmailRequest request, CancellationToken); Model/SendEmailRequest.cs, Destination.cs, Message.cs, Body.cs, Content.cs)
    ///  sdk/src/Services/SimpleEmailV2/Generated/_bcl/IAmazonSimpleEmailServiceV2.cs @ 643e85d458864d315ae9c09d825f6dfcdd952271
    ///  sdk/src/Services/SimpleEmailV2/Generated/_bcl/AmazonSimpleEmailServiceV2Client.cs @ 986cdbfefef56275886bda6281c2c42c7a03f9cb
    ///    (SendEmailAsync(SendEmailRequest request, CancellationToken); Model/SendEmailRequest.cs, EmailContent.cs, Message.cs, Body.cs, Content.cs, Destination.cs)
    /// The clients' constructor (RegionEndpoint region) is the SDK's; its body, and the IAmazonService static members
    /// (which the real clients implement), are here only to satisfy the compiler.
    /// </summary>
    public const string AwsMessaging = """

        namespace Amazon.SimpleNotificationService
        {
            using System.Threading;
            using System.Threading.Tasks;
            using Amazon.Runtime;
            using Amazon.SimpleNotificationService.Model;

            public partial interface IAmazonSimpleNotificationService : IAmazonService, System.IDisposable
            {
                Task<PublishResponse> PublishAsync(string topicArn, string message, CancellationToken cancellationToken = default);
                Task<PublishResponse> PublishAsync(string topicArn, string message, string subject, CancellationToken cancellationToken = default);
                Task<PublishResponse> PublishAsync(PublishRequest request, CancellationToken cancellationToken = default);
                Task<SubscribeResponse> SubscribeAsync(string topicArn, string protocol, string endpoint, CancellationToken cancellationToken = default);
                Task<SubscribeResponse> SubscribeAsync(SubscribeRequest request, CancellationToken cancellationToken = default);
            }

            public partial class AmazonSimpleNotificationServiceClient : AmazonServiceClient, IAmazonSimpleNotificationService
            {
                public AmazonSimpleNotificationServiceClient(RegionEndpoint region) : base(new AnonymousAWSCredentials(), (ClientConfig)null!) { }
                static ClientConfig IAmazonService.CreateDefaultClientConfig() => throw null!;
                static IAmazonService IAmazonService.CreateDefaultServiceClient(AWSCredentials awsCredentials, ClientConfig clientConfig) => throw null!;
                public Task<PublishResponse> PublishAsync(string topicArn, string message, CancellationToken cancellationToken = default) => throw null!;
                public Task<PublishResponse> PublishAsync(string topicArn, string message, string subject, CancellationToken cancellationToken = default) => throw null!;
                public Task<PublishResponse> PublishAsync(PublishRequest request, CancellationToken cancellationToken = default) => throw null!;
                public Task<SubscribeResponse> SubscribeAsync(string topicArn, string protocol, string endpoint, CancellationToken cancellationToken = default) => throw null!;
                public Task<SubscribeResponse> SubscribeAsync(SubscribeRequest request, CancellationToken cancellationToken = default) => throw null!;
            }
        }

        namespace Amazon.SimpleNotificationService.Model
        {
            public partial class PublishRequest : Amazon.Runtime.AmazonWebServiceRequest
            {
                public string TopicArn { get; set; } = "";
                public string PhoneNumber { get; set; } = "";
                public string Message { get; set; } = "";
                public string Subject { get; set; } = "";
            }

            public partial class SubscribeRequest : Amazon.Runtime.AmazonWebServiceRequest
            {
                public string TopicArn { get; set; } = "";
                public string Protocol { get; set; } = "";
                public string Endpoint { get; set; } = "";
            }

            public partial class PublishResponse : Amazon.Runtime.AmazonWebServiceResponse { }
            public partial class SubscribeResponse : Amazon.Runtime.AmazonWebServiceResponse { }
        }

        namespace Amazon.SimpleEmail
        {
            using System.Threading;
            using System.Threading.Tasks;
            using Amazon.Runtime;
            using Amazon.SimpleEmail.Model;

            public partial interface IAmazonSimpleEmailService : IAmazonService, System.IDisposable
            {
                Task<SendEmailResponse> SendEmailAsync(SendEmailRequest request, CancellationToken cancellationToken = default);
            }

            public partial class AmazonSimpleEmailServiceClient : AmazonServiceClient, IAmazonSimpleEmailService
            {
                public AmazonSimpleEmailServiceClient(RegionEndpoint region) : base(new AnonymousAWSCredentials(), (ClientConfig)null!) { }
                static ClientConfig IAmazonService.CreateDefaultClientConfig() => throw null!;
                static IAmazonService IAmazonService.CreateDefaultServiceClient(AWSCredentials awsCredentials, ClientConfig clientConfig) => throw null!;
                public Task<SendEmailResponse> SendEmailAsync(SendEmailRequest request, CancellationToken cancellationToken = default) => throw null!;
            }
        }

        namespace Amazon.SimpleEmail.Model
        {
            using System.Collections.Generic;

            public partial class SendEmailRequest : Amazon.Runtime.AmazonWebServiceRequest
            {
                public string Source { get; set; } = "";
                public Destination Destination { get; set; } = new();
                public Message Message { get; set; } = new();
            }

            public partial class Destination { public List<string> ToAddresses { get; set; } = new(); }
            public partial class Message { public Content Subject { get; set; } = new(); public Body Body { get; set; } = new(); }
            public partial class Body { public Content Html { get; set; } = new(); public Content Text { get; set; } = new(); }
            public partial class Content { public string Data { get; set; } = ""; }
            public partial class SendEmailResponse : Amazon.Runtime.AmazonWebServiceResponse { }
        }

        namespace Amazon.SimpleEmailV2
        {
            using System.Threading;
            using System.Threading.Tasks;
            using Amazon.Runtime;
            using Amazon.SimpleEmailV2.Model;

            public partial interface IAmazonSimpleEmailServiceV2 : IAmazonService, System.IDisposable
            {
                Task<SendEmailResponse> SendEmailAsync(SendEmailRequest request, CancellationToken cancellationToken = default);
            }

            public partial class AmazonSimpleEmailServiceV2Client : AmazonServiceClient, IAmazonSimpleEmailServiceV2
            {
                public AmazonSimpleEmailServiceV2Client(RegionEndpoint region) : base(new AnonymousAWSCredentials(), (ClientConfig)null!) { }
                static ClientConfig IAmazonService.CreateDefaultClientConfig() => throw null!;
                static IAmazonService IAmazonService.CreateDefaultServiceClient(AWSCredentials awsCredentials, ClientConfig clientConfig) => throw null!;
                public Task<SendEmailResponse> SendEmailAsync(SendEmailRequest request, CancellationToken cancellationToken = default) => throw null!;
            }
        }

        namespace Amazon.SimpleEmailV2.Model
        {
            using System.Collections.Generic;

            public partial class SendEmailRequest : Amazon.Runtime.AmazonWebServiceRequest
            {
                public string FromEmailAddress { get; set; } = "";
                public Destination Destination { get; set; } = new();
                public EmailContent Content { get; set; } = new();
            }

            public partial class Destination { public List<string> ToAddresses { get; set; } = new(); }
            public partial class EmailContent { public Message Simple { get; set; } = new(); }
            public partial class Message { public Content Subject { get; set; } = new(); public Body Body { get; set; } = new(); }
            public partial class Body { public Content Html { get; set; } = new(); public Content Text { get; set; } = new(); }
            public partial class Content { public string Data { get; set; } = ""; }
            public partial class SendEmailResponse : Amazon.Runtime.AmazonWebServiceResponse { }
        }
        """;
}
