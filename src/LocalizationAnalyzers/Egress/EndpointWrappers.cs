using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// In-house methods that hand a parameter to an endpoint or region API (SPEC §3, last paragraph):
/// <c>GetHttpClient(address)</c> setting <c>BaseAddress = new Uri(address)</c>, <c>CreateClient(region)</c>
/// building an SDK client with <c>GetBySystemName(region)</c>, a client constructor that reads
/// <c>options.Address</c>. A call to such a method is judged as if the method were the SDK: the URL or region
/// is reported where the caller writes it. Computed lazily, once per method, only for methods called with
/// an argument that can name a destination (a resolvable string or URI, or an options object); the body is
/// scanned once, and only the method's own endpoint and region sites count (one level: a wrapper of a
/// wrapper is not followed).
/// </summary>
internal sealed class EndpointWrappers
{
    private readonly Compilation _compilation;
    private readonly EndpointApiSymbols? _endpoints;
    private readonly RegionApiSymbols? _regions;
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<WrappedEndpoint>> _wrappers = new(SymbolEqualityComparer.Default);

    public EndpointWrappers(Compilation compilation, EndpointApiSymbols? endpoints, RegionApiSymbols? regions)
    {
        _compilation = compilation;
        _endpoints = endpoints;
        _regions = regions;
    }

    /// <summary>The method's parameters (or their members) that end up as an endpoint or region; empty for most methods.</summary>
    public ImmutableArray<WrappedEndpoint> Of(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        if (method.DeclaringSyntaxReferences.Length != 1 || method.Parameters.IsEmpty || method.IsAbstract)
        {
            return ImmutableArray<WrappedEndpoint>.Empty;
        }

        return _wrappers.GetOrAdd(method, Compute);
    }

    /// <summary>
    /// Quick test before a body is looked at: some argument can name a destination. A URL ("https://..."), a
    /// region id ("us-east-1"), or an options object of the compilation that has a member named like an endpoint
    /// (Address, BaseUrl, Endpoint, Host, Region...). Most calls fail here without a lookup of the callee.
    /// </summary>
    public static bool MayName(IArgumentOperation argument)
    {
        var type = argument.Value.Type;
        if (type is null || argument.ArgumentKind == ArgumentKind.DefaultValue)
        {
            return false;
        }

        var value = OperationFacts.Unwrap(argument.Value);
        if (type.SpecialType == SpecialType.System_String || type.Name == "Uri")
        {
            return value is ILiteralOperation or IFieldReferenceOperation or ILocalReferenceOperation or IInterpolatedStringOperation or IBinaryOperation or IObjectCreationOperation &&
                   StringValue.Resolve(value) is { } text && (text.Text.IndexOf("://", System.StringComparison.Ordinal) > 0 || LooksLikeRegion(text.Text));
        }

        // An options object set up by the caller (new CrmOptions { Address = "..." }, or a local whose members are set).
        return type is INamedTypeSymbol { TypeKind: TypeKind.Class } named && !named.DeclaringSyntaxReferences.IsEmpty &&
               value is ILocalReferenceOperation or IObjectCreationOperation &&
               s_optionsTypes.GetValue(named, t => new OptionsType(HasEndpointMember(t))).IsOptions;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<INamedTypeSymbol, OptionsType> s_optionsTypes = new();

    private static readonly string[] s_endpointWords = { "Url", "Uri", "Address", "Endpoint", "Host", "Dsn", "Region", "Server" };

    private static bool HasEndpointMember(INamedTypeSymbol type) =>
        type.GetMembers().Any(m => m is IPropertySymbol { Type.SpecialType: SpecialType.System_String } or IPropertySymbol { Type.Name: "Uri" } &&
                                   s_endpointWords.Any(w => m.Name.IndexOf(w, System.StringComparison.OrdinalIgnoreCase) >= 0));

    /// <summary>"us-east-1", "cn-hangzhou", "ap-southeast-1": lower-case words and digits joined by hyphens, no spaces.</summary>
    private static bool LooksLikeRegion(string text) =>
        text.Length is > 3 and < 32 && text.IndexOf('-') > 0 && text.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');

    private sealed class OptionsType
    {
        public OptionsType(bool isOptions) => IsOptions = isOptions;

        public bool IsOptions { get; }
    }

    private ImmutableArray<WrappedEndpoint> Compute(IMethodSymbol method)
    {
        var syntax = method.DeclaringSyntaxReferences[0].GetSyntax();
#pragma warning disable RS1030 // The wrapper's body may be in another file: the driver's shared semantic model binds it once (see MethodSummaries).
        var model = _compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
        if (model.GetOperation(syntax) is not { } body)
        {
            return ImmutableArray<WrappedEndpoint>.Empty;
        }

        var found = new List<WrappedEndpoint>();
        foreach (var operation in body.Descendants())
        {
            switch (operation)
            {
                case IInvocationOperation invocation when _endpoints?.MatchCall(invocation.TargetMethod, invocation.Arguments) is var (api, argument):
                    Add(found, method, argument.Value, api, null);
                    break;
                case IObjectCreationOperation { Constructor: { } constructor } creation when _endpoints?.MatchCall(constructor, creation.Arguments) is var (api, argument):
                    Add(found, method, argument.Value, api, null);
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property } } assignment when _endpoints?.MatchProperty(property) is { } api:
                    Add(found, method, assignment.Value, api, null);
                    break;
                case IArgumentOperation { Parameter: { } parameter } argument when _regions?.SinkOf(parameter) is { } sink:
                    Add(found, method, argument.Value, null, sink);
                    break;
            }
        }

        return found.ToImmutableArray();
    }

    /// <summary>Calls that send as well as name their destination (PostAsync(requestUri, content)): a helper around them is a sending helper, judged at the hand-over with its payload.</summary>
    private static readonly ImmutableHashSet<string> s_sendingApis =
        ImmutableHashSet.CreateRange(System.StringComparer.Ordinal, PayloadApis.All.Select(a => a.TypeMetadataName + "." + a.MemberName));

    private static void Add(List<WrappedEndpoint> found, IMethodSymbol method, IOperation operand, EndpointApi? api, RegionStringSink? region)
    {
        if (api is not null && s_sendingApis.Contains(api.TypeMetadataName + "." + api.MemberName))
        {
            return;
        }

        if (ParameterOf(operand, method) is var (ordinal, member))
        {
            found.Add(new WrappedEndpoint(ordinal, member, api, region));
        }
    }

    /// <summary>address, new Uri(address), options.Address, options.Value.Address: which parameter (and member of it) the operand is.</summary>
    private static (int Ordinal, string? Member)? ParameterOf(IOperation operand, IMethodSymbol method)
    {
        operand = OperationFacts.Unwrap(operand);
        switch (operand)
        {
            case IParameterReferenceOperation parameter when SymbolEqualityComparer.Default.Equals(parameter.Parameter.ContainingSymbol?.OriginalDefinition, method):
                return (parameter.Parameter.Ordinal, null);
            case IObjectCreationOperation { Type: { Name: "Uri", ContainingNamespace.Name: "System" } } uri when uri.Arguments.Length == 1:
                return ParameterOf(uri.Arguments[0].Value, method);
            case IPropertyReferenceOperation { Instance: { } instance } property:
                // options.Address, or options.Value.Address through IOptions<T>.
                var owner = OperationFacts.Unwrap(instance);
                if (owner is IPropertyReferenceOperation { Property.Name: "Value", Instance: { } optionsHolder })
                {
                    owner = OperationFacts.Unwrap(optionsHolder);
                }

                return owner is IParameterReferenceOperation parameterOwner &&
                       SymbolEqualityComparer.Default.Equals(parameterOwner.Parameter.ContainingSymbol?.OriginalDefinition, method)
                    ? (parameterOwner.Parameter.Ordinal, property.Property.Name)
                    : null;
            default:
                return null;
        }
    }
}

/// <summary>A wrapper's parameter (or its member, for an options object) that becomes an endpoint (<paramref name="Api"/>) or a region (<paramref name="Region"/>).</summary>
internal sealed record WrappedEndpoint(int Ordinal, string? Member, EndpointApi? Api, RegionStringSink? Region);
