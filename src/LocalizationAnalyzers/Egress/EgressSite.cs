using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// A place where code sends data out of the process or configures where it goes: a call, a client
/// creation or an endpoint property set, with the destination its endpoint operand names.
/// </summary>
internal sealed class EgressSite
{
    public EgressSite(IOperation operation, string api, string shortApi, EgressKind kind, IOperation? endpointOperand, ResolvedEndpoint endpoint, ImmutableArray<IOperation> payloadOperands = default, IOperation? client = null,
        ImmutableArray<IPropertySymbol> storedEntities = default)
    {
        StoredEntities = storedEntities.IsDefault ? ImmutableArray<IPropertySymbol>.Empty : storedEntities;
        Client = client;
        PayloadOperands = payloadOperands.IsDefault ? ImmutableArray<IOperation>.Empty : payloadOperands;
        Operation = operation;
        Api = api;
        ShortApi = shortApi;
        Kind = kind;
        EndpointOperand = endpointOperand;
        Endpoint = endpoint;
    }

    /// <summary>The call, creation or assignment: the squiggle of payload rules and the inventory row.</summary>
    public IOperation Operation { get; }

    /// <summary>Fully qualified: "System.Net.Http.HttpClient.PostAsync", "Amazon.S3.AmazonS3Client".</summary>
    public string Api { get; }

    /// <summary>As a developer reads it in a message: "HttpClient.PostAsync", "SentryOptions.Dsn", "AmazonS3Client".</summary>
    public string ShortApi { get; }

    public EgressKind Kind { get; }

    public IOperation? EndpointOperand { get; }

    public ResolvedEndpoint Endpoint { get; }

    /// <summary>The client object the call is made on (an HttpClient, an SDK client), if any.</summary>
    public IOperation? Client { get; }

    /// <summary>The same site with its destination known after all (from an AddHttpClient registration).</summary>
    public EgressSite WithEndpoint(ResolvedEndpoint endpoint) => new(Operation, Api, ShortApi, Kind, EndpointOperand, endpoint, PayloadOperands, Client, StoredEntities);

    /// <summary>The operands whose data the call sends (content, value, message, item); empty for a configuration site.</summary>
    public ImmutableArray<IOperation> PayloadOperands { get; }

    /// <summary>The entity sets (DbSet&lt;T&gt; properties) an EF Core provider call stores: their entities' personal data is the payload.</summary>
    public ImmutableArray<IPropertySymbol> StoredEntities { get; }
}
