using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// Clients whose every method is a remote call, recognised by what they are rather than by a member table:
/// gRPC clients generated from a .proto (classes derived from <c>Grpc.Core.ClientBase</c>: the request
/// message is the payload) and Refit interfaces (methods carrying a <c>Refit.HttpMethodAttribute</c> such as
/// [Post]: the arguments are the payload). The destination is the client's: the channel of
/// <c>GrpcChannel.ForAddress</c>, the URL of <c>RestService.For&lt;T&gt;</c> (see ClientDestination).
/// </summary>
internal sealed class GeneratedClients
{
    public const string GrpcClientBase = "Grpc.Core.ClientBase";
    public const string RefitMethodAttribute = "Refit.HttpMethodAttribute";

    private readonly INamedTypeSymbol? _grpcClientBase;
    private readonly INamedTypeSymbol? _refitMethodAttribute;

    private GeneratedClients(INamedTypeSymbol? grpcClientBase, INamedTypeSymbol? refitMethodAttribute)
    {
        _grpcClientBase = grpcClientBase;
        _refitMethodAttribute = refitMethodAttribute;
    }

    /// <summary>Null when the compilation references neither gRPC nor Refit.</summary>
    public static GeneratedClients? Resolve(Compilation compilation)
    {
        var grpc = compilation.GetTypeByMetadataName(GrpcClientBase);
        var refit = compilation.GetTypeByMetadataName(RefitMethodAttribute);
        return grpc is null && refit is null ? null : new GeneratedClients(grpc, refit);
    }

    /// <summary>The kind of call and the operands it sends, or null when this is no generated client's call.</summary>
    public (EgressKind Kind, ImmutableArray<IOperation> Payload)? Match(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.IsStatic || invocation.Instance is null)
        {
            return null;
        }

        // A unary or server-streaming call: (request, headers, deadline, token) or (request, options).
        if (_grpcClientBase is not null && method.ContainingType.TypeKind == TypeKind.Class && DerivesFrom(method.ContainingType, _grpcClientBase) &&
            invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "request") is { } request)
        {
            return (EgressKind.Rpc, ImmutableArray.Create(request.Value));
        }

        if (_refitMethodAttribute is not null && method.ContainingType.TypeKind == TypeKind.Interface &&
            method.GetAttributes().Any(a => a.AttributeClass is { } attribute && DerivesFrom(attribute, _refitMethodAttribute)))
        {
            return (EgressKind.Http, invocation.Arguments
                .Where(a => a.ArgumentKind != ArgumentKind.DefaultValue && a.Parameter?.Type.Name != "CancellationToken")
                .Select(a => a.Value)
                .ToImmutableArray());
        }

        return null;
    }

    private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol baseType)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
