using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// How a client is configured where it is created: the endpoint or region its constructor, factory or builder
/// chain is given, directly or through an options object (AWS config, Alibaba OpenAPI Config, Tencent profile,
/// COS config builder, Huawei client builder) created in place, held in a local and set afterwards, or returned
/// by an in-house factory of the same file.
/// </summary>
internal sealed partial class ClientDestination
{
    /// <summary>
    /// An in-house factory declared in the same file (CreateClient() { var config = ...; return new Client(config); },
    /// the shape of the vendors' own samples): the client it returns.
    /// </summary>
    private ResolvedEndpoint? FromFactory(IInvocationOperation call, int depth)
    {
        if (call.SemanticModel is not { } model || depth >= MaxDepth)
        {
            return null;
        }

        foreach (var reference in call.TargetMethod.OriginalDefinition.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree != model.SyntaxTree || model.GetOperation(reference.GetSyntax()) is not { } body)
            {
                continue;
            }

            foreach (var returned in body.Descendants().OfType<IReturnOperation>())
            {
                if (returned.ReturnedValue is { } value && Resolve(value, depth + 1) is { } resolved)
                {
                    return resolved;
                }
            }
        }

        return null;
    }

    private ResolvedEndpoint? FromCreation(IObjectCreationOperation creation, int depth)
    {
        if (AssignedIn(creation.Initializer, "BaseAddress") is { } baseAddress)
        {
            return EndpointResolver.Resolve(baseAddress, _catalog, absoluteUrl: true);
        }

        // An endpoint argument (OssClient(endpoint, ...)); an AWS client's region argument or the config it is built
        // with; a TencentCloud client's region; any client built with an options object: the endpoint or region set in it.
        return creation.Constructor is { } constructor ? FromArguments(constructor, creation.Arguments, depth) : null;
    }

    private ResolvedEndpoint? FromCall(IInvocationOperation call, int depth) => FromArguments(call.TargetMethod, call.Arguments, depth);

    /// <summary>
    /// What the arguments of a client constructor, factory or builder call say about where the client sends: an
    /// endpoint argument, a region (an SDK member, or a string for a region parameter), or a config, profile or
    /// builder that carries one.
    /// </summary>
    private ResolvedEndpoint? FromArguments(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        if (_endpoints?.MatchCall(method, arguments) is var (api, endpointArgument) &&
            EndpointResolver.Resolve(endpointArgument.Value, _catalog, api.IsUrl) is { } endpoint)
        {
            return endpoint;
        }

        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            var fromArgument = argument.Parameter is { } parameter && _regions?.SinkOf(parameter) is { } sink
                ? RegionNamed(sink, argument.Value)
                : ConfiguredBy(argument.Value, depth + 1);
            if (fromArgument is not null)
            {
                return fromArgument;
            }
        }

        return null;
    }

    /// <summary>
    /// A value that configures a client: a region member (RegionEndpoint.EUWest1, SmnRegion.CN_NORTH_4); an options
    /// object created with an endpoint or region set in it (new Config { Endpoint = ... }), also held in a local and
    /// set afterwards (config.RegionId = ...); a factory or builder chain (DefaultProfile.GetProfile("cn-hangzhou", ...),
    /// new CosXmlConfig.Builder().SetRegion("ap-guangzhou").Build()).
    /// </summary>
    private ResolvedEndpoint? ConfiguredBy(IOperation value, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        value = OperationFacts.Unwrap(value);
        if (RegionOf(value) is { } region)
        {
            return region;
        }

        // The properties set where the options object is created and, on a local, afterwards: judged together, an endpoint wins.
        var assignments = new List<ISimpleAssignmentOperation>();
        foreach (var candidate in ValuesOf(value, depth))
        {
            switch (candidate)
            {
                case IMemberReferenceOperation member when !ReferenceEquals(member, value) && RegionOf(member) is { } held:
                    return held;
                case IObjectCreationOperation { Initializer: { } options }:
                    assignments.AddRange(options.Initializers.OfType<ISimpleAssignmentOperation>());
                    break;
                case IInvocationOperation invocation:
                    for (IInvocationOperation? call = invocation; call is not null && depth <= MaxDepth; call = call.Instance is { } inner ? OperationFacts.Unwrap(inner) as IInvocationOperation : null, depth++)
                    {
                        if (FromCall(call, depth) is { } configured)
                        {
                            return configured;
                        }
                    }

                    break;
            }
        }

        if (value is ILocalReferenceOperation local)
        {
            assignments.AddRange(PropertyAssignmentsTo(local));
        }

        return SetIn(assignments, depth);
    }

    /// <summary>The endpoint or region the property assignments of an options object set; an endpoint wins, as in the SDKs.</summary>
    private ResolvedEndpoint? SetIn(IEnumerable<ISimpleAssignmentOperation> assignments, int depth)
    {
        ResolvedEndpoint? region = null;
        foreach (var assignment in assignments)
        {
            if (assignment.Target is not IPropertyReferenceOperation { Property: var property })
            {
                continue;
            }

            if (_endpoints?.MatchProperty(property) is { } api)
            {
                if (EndpointResolver.Resolve(assignment.Value, _catalog, api.IsUrl) is { } endpoint)
                {
                    return endpoint;
                }

                continue;
            }

            region ??= _regions?.SinkOf(property) is { } sink ? RegionNamed(sink, assignment.Value) : ConfiguredBy(assignment.Value, depth + 1);
        }

        return region;
    }

    /// <summary>A region string handed to a region parameter or property, when the catalog knows it.</summary>
    private ResolvedEndpoint? RegionNamed(RegionStringSink sink, IOperation value) =>
        StringValue.Resolve(value) is { IsComplete: true } text && _catalog.FindRegionByText(sink.Provider, text.Text) is { } region
            ? new ResolvedEndpoint(null, ImmutableArray.Create(Destination.ForRegion(region)))
            : null;

    /// <summary>A static SDK member that denotes a region (RegionEndpoint.USEast1, SmnRegion.CN_NORTH_4).</summary>
    private ResolvedEndpoint? RegionOf(IOperation value) =>
        OperationFacts.Unwrap(value) is IMemberReferenceOperation member && _regions?.RegionOfMember(member.Member, _catalog) is { } region
            ? new ResolvedEndpoint(null, ImmutableArray.Create(Destination.ForRegion(region)))
            : null;
}
