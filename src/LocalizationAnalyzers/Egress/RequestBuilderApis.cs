using System.Collections.Immutable;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// Calls that build a request before it is sent (RestSharp's Add* on a RestRequest, Flurl's query, path
/// and header setters on a URL or request, SendGrid's MailHelper message factories): the values they take
/// travel with the request, and a fluent chain of them leads back to the URL or client it started from.
/// Data, not logic; every row is checked against the SDK's own assembly in RequestBuilderApisTests.
/// </summary>
internal static class RequestBuilderApis
{
    public static readonly ImmutableArray<RequestBuilderApi> All = ImmutableArray.Create(
        // RestSharp 110+: extension methods on RestRequest (the request is their first argument).
        new RequestBuilderApi("RestSharp.RestRequestExtensions", "AddJsonBody", "obj jsonString"),
        new RequestBuilderApi("RestSharp.RestRequestExtensions", "AddBody", "obj"),
        new RequestBuilderApi("RestSharp.RestRequestExtensions", "AddStringBody", "body"),
        new RequestBuilderApi("RestSharp.RestRequestExtensions", "AddXmlBody", "obj"),
        new RequestBuilderApi("RestSharp.RestRequestExtensions", "AddObject", "obj"),
        new RequestBuilderApi("RestSharp.RestRequestExtensions", "AddParameter", "value"),
        new RequestBuilderApi("RestSharp.RestRequestExtensions", "AddOrUpdateParameter", "value"),
        new RequestBuilderApi("RestSharp.RestRequestExtensions", "AddQueryParameter", "value"),
        new RequestBuilderApi("RestSharp.RestRequestExtensions", "AddHeader", "value values"),
        new RequestBuilderApi("RestSharp.RestRequestExtensions", "AddOrUpdateHeader", "value"),

        // Flurl: query and path on a string or Url, headers on a URL or request, a client's request path.
        new RequestBuilderApi("Flurl.GeneratedExtensions", "SetQueryParam", "value"),
        new RequestBuilderApi("Flurl.GeneratedExtensions", "SetQueryParams", "values"),
        new RequestBuilderApi("Flurl.GeneratedExtensions", "AppendQueryParam", "value values"),
        new RequestBuilderApi("Flurl.GeneratedExtensions", "AppendPathSegment", "segment"),
        new RequestBuilderApi("Flurl.GeneratedExtensions", "AppendPathSegments", "segments"),
        new RequestBuilderApi("Flurl.Url", "SetQueryParam", "value"),
        new RequestBuilderApi("Flurl.Url", "SetQueryParams", "values"),
        new RequestBuilderApi("Flurl.Url", "AppendQueryParam", "value values"),
        new RequestBuilderApi("Flurl.Url", "AppendPathSegment", "segment"),
        new RequestBuilderApi("Flurl.Http.GeneratedExtensions", "WithHeader", "value"),
        new RequestBuilderApi("Flurl.Http.GeneratedExtensions", "WithHeaders", "headers"),
        new RequestBuilderApi("Flurl.Http.HeaderExtensions", "WithHeader", "value"),
        new RequestBuilderApi("Flurl.Http.HeaderExtensions", "WithHeaders", "headers"),
        new RequestBuilderApi("Flurl.Http.FlurlClient", "Request", "urlSegments"),

        // SendGrid: MailHelper builds the message from recipients and content (the sender is configuration).
        new RequestBuilderApi("SendGrid.Helpers.Mail.MailHelper", "CreateSingleEmail", "to subject plainTextContent htmlContent"),
        new RequestBuilderApi("SendGrid.Helpers.Mail.MailHelper", "CreateSingleTemplateEmail", "to dynamicTemplateData"),
        new RequestBuilderApi("SendGrid.Helpers.Mail.MailHelper", "CreateSingleEmailToMultipleRecipients", "tos subject plainTextContent htmlContent"),
        new RequestBuilderApi("SendGrid.Helpers.Mail.MailHelper", "CreateSingleTemplateEmailToMultipleRecipients", "tos dynamicTemplateData"),
        new RequestBuilderApi("SendGrid.Helpers.Mail.MailHelper", "CreateMultipleEmailsToMultipleRecipients", "tos subjects plainTextContent htmlContent substitutions"),
        new RequestBuilderApi("SendGrid.Helpers.Mail.MailHelper", "CreateMultipleTemplateEmailsToMultipleRecipients", "tos dynamicTemplateData"));

    /// <summary>Namespaces whose other fluent calls (timeouts, auth, settings) pass a request on unchanged.</summary>
    public static readonly ImmutableArray<string> FluentNamespaces = ImmutableArray.Create("Flurl", "RestSharp");
}

/// <param name="TypeMetadataName">The type declaring the builder method.</param>
/// <param name="MemberName">The builder method.</param>
/// <param name="ValueParameters">Space-separated names of the parameters whose values travel with the request.</param>
internal sealed record RequestBuilderApi(string TypeMetadataName, string MemberName, string ValueParameters)
{
    public ImmutableArray<string> ValueParameterNames { get; } = ImmutableArray.Create(ValueParameters.Split(' '));
}
