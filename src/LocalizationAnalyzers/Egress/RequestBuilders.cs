using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// Follows a request back through the calls that built it (<see cref="RequestBuilderApis"/>): the values
/// those calls add travel with the request (payload), and the start of a fluent chain is where its
/// endpoint is written ("https://api.crm.com".SetQueryParam("email", email).GetAsync()). A local request
/// counts the builder calls made on it in its method (request.AddJsonBody(customer); client.ExecuteAsync(request)).
/// Bounded: a chain of at most <see cref="MaxSteps"/> calls, one scan of the method per local.
/// </summary>
internal sealed class RequestBuilders
{
    private const int MaxSteps = 16;

    private readonly Dictionary<INamedTypeSymbol, ImmutableArray<RequestBuilderApi>> _byType;

    /// <summary>The builder SDKs' assemblies: only a local of one of their types (a RestRequest, a Flurl Url) is worth a scan of its method.</summary>
    private readonly HashSet<IAssemblySymbol> _assemblies;

    private RequestBuilders(Dictionary<INamedTypeSymbol, ImmutableArray<RequestBuilderApi>> byType)
    {
        _byType = byType;
        _assemblies = new HashSet<IAssemblySymbol>(byType.Keys.Select(t => t.ContainingAssembly), SymbolEqualityComparer.Default);
    }

    /// <summary>Null when the compilation references none of the builder APIs.</summary>
    public static RequestBuilders? Resolve(Compilation compilation)
    {
        var byType = SymbolTable.Resolve(compilation, RequestBuilderApis.All, r => r.TypeMetadataName);
        return byType.Count == 0 ? null : new RequestBuilders(byType);
    }

    /// <summary>The request an operand holds, as far as the builder calls tell; null when no builder call is involved.</summary>
    public BuiltRequest? Follow(IOperation operand)
    {
        var values = ImmutableArray.CreateBuilder<IOperation>();
        var visitedLocals = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        var current = OperationFacts.Unwrap(operand);
        var built = false;
        for (var step = 0; step < MaxSteps; step++)
        {
            switch (current)
            {
                case IInvocationOperation invocation when IsStep(invocation.TargetMethod, out var row):
                    built = true;
                    AddValues(invocation, row, values);
                    if (Receiver(invocation) is not { } receiver)
                    {
                        return new BuiltRequest(null, values.ToImmutable());
                    }

                    current = OperationFacts.Unwrap(receiver);
                    continue;

                case ILocalReferenceOperation local when IsBuilderType(local.Local.Type) && visitedLocals.Add(local.Local):
                    IOperation? initializer = null;
                    foreach (var operation in MethodRoot(local).Descendants())
                    {
                        if (operation is IInvocationOperation call && IsStep(call.TargetMethod, out var callRow) &&
                            Receiver(call) is { } callReceiver && OperationFacts.Unwrap(callReceiver) is ILocalReferenceOperation owner &&
                            SymbolEqualityComparer.Default.Equals(owner.Local, local.Local) && !IsInsideChainOf(call, operand))
                        {
                            built = true;
                            AddValues(call, callRow, values);
                        }
                        else if (operation is IVariableDeclaratorOperation { Initializer: { } declared } declarator &&
                                 SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local))
                        {
                            initializer = declared.Value;
                        }
                    }

                    if (initializer is null)
                    {
                        break;
                    }

                    current = OperationFacts.Unwrap(initializer);
                    continue;
            }

            break;
        }

        return built ? new BuiltRequest(current, values.ToImmutable()) : null;
    }

    /// <summary>A request or message type of a builder SDK (or a type of the Flurl.Http assembly such as IFlurlRequest).</summary>
    private bool IsBuilderType(ITypeSymbol type)
    {
        if (type.ContainingAssembly is { } assembly && _assemblies.Contains(assembly))
        {
            return true;
        }

        // RestRequest and SendGridMessage live beside the builder classes; Flurl's Url lives in Flurl, its requests in Flurl.Http.
        var root = type.ContainingNamespace;
        while (root?.ContainingNamespace is { IsGlobalNamespace: false })
        {
            root = root.ContainingNamespace;
        }

        return root is not null && (RequestBuilderApis.FluentNamespaces.Contains(root.Name) || root.Name == "SendGrid");
    }

    /// <summary>A builder row, or another fluent call of a builder SDK (WithTimeout, WithOAuthBearerToken) that passes the request on.</summary>
    private bool IsStep(IMethodSymbol method, out RequestBuilderApi? row)
    {
        row = null;
        var original = method.ReducedFrom ?? method;
        if (_byType.TryGetValue(original.ContainingType.OriginalDefinition, out var rows))
        {
            row = rows.FirstOrDefault(r => r.MemberName == original.Name);
            if (row is not null)
            {
                return true;
            }
        }

        var root = original.ContainingNamespace;
        while (root?.ContainingNamespace is { IsGlobalNamespace: false })
        {
            root = root.ContainingNamespace;
        }

        return root is not null && RequestBuilderApis.FluentNamespaces.Contains(root.Name) && !original.ReturnsVoid &&
               original.ReturnType.Name is not ("Task" or "ValueTask");
    }

    private static void AddValues(IInvocationOperation invocation, RequestBuilderApi? row, ImmutableArray<IOperation>.Builder values)
    {
        if (row is null)
        {
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter is { } parameter && row.ValueParameterNames.Contains(parameter.Name))
            {
                values.Add(argument.Value);
            }
        }
    }

    /// <summary>The object a fluent call works on: its instance, or an extension method's first argument; null for a static factory.</summary>
    private static IOperation? Receiver(IInvocationOperation invocation) =>
        invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);

    /// <summary>A call that is part of the operand's own chain is counted while walking the chain, not again.</summary>
    private static bool IsInsideChainOf(IOperation call, IOperation operand)
    {
        for (var current = operand; current is not null; current = current.Parent)
        {
            if (current == call)
            {
                return true;
            }
        }

        return false;
    }

    private static IOperation MethodRoot(IOperation operation)
    {
        var root = operation;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        return root;
    }
}

/// <param name="Root">Where the chain starts: the URL, client or request creation; null for a static factory (MailHelper).</param>
/// <param name="Values">The values the builder calls added.</param>
internal sealed record BuiltRequest(IOperation? Root, ImmutableArray<IOperation> Values);
