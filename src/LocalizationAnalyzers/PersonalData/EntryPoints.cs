using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.PersonalData;

/// <summary>
/// Which methods take their arguments from outside the compilation (SPEC §3): methods nobody in the
/// compilation calls that a framework or another program calls instead (controller actions, Razor Page
/// handlers, gRPC and SignalR methods, Functions and Lambda handlers, message consumers, any public or
/// interface-implementing method), and lambdas or method groups handed to minimal-API <c>Map*</c> calls.
/// Their parameters are sources by name, type and attribute. While the compilation is analysed every call
/// and method group is recorded (one dictionary insert each); the question is asked only at compilation
/// end, for the few methods whose parameters reach an egress site.
/// </summary>
internal sealed class EntryPoints
{
    /// <summary>Minimal-API route registrations (EndpointRouteBuilderExtensions, RouteGroupBuilder): their delegates are request handlers.</summary>
    private static readonly ImmutableHashSet<string> s_routeMethods = ImmutableHashSet.Create(
        StringComparer.Ordinal, "MapGet", "MapPost", "MapPut", "MapDelete", "MapPatch", "MapMethods", "Map", "MapFallback");

    private readonly ConcurrentDictionary<IMethodSymbol, byte> _called = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, byte> _routed = new(SymbolEqualityComparer.Default);

    /// <summary>A call: its target (and, through dispatch, the target's implementations) has a caller in the compilation.</summary>
    public void RecordCall(IInvocationOperation call)
    {
        var method = call.TargetMethod;
        if (!method.DeclaringSyntaxReferences.IsEmpty || method.IsAbstract || method.IsVirtual || method.ContainingType?.TypeKind == TypeKind.Interface)
        {
            _called.TryAdd(method.OriginalDefinition, 0);
        }
    }

    /// <summary>A method group: handed to a route registration it is a request handler, otherwise somebody in the compilation invokes it.</summary>
    public void RecordReference(IMethodReferenceOperation reference)
    {
        if (reference.Method.DeclaringSyntaxReferences.IsEmpty)
        {
            return;
        }

        var target = IsRouteHandler(reference.Syntax) ? _routed : _called;
        target.TryAdd(reference.Method.OriginalDefinition, 0);
    }

    /// <summary>
    /// True when the method's parameters come from outside the compilation: a minimal-API handler, or a
    /// method with no caller here that others can call (public, an interface implementation, an override of
    /// a framework base such as a gRPC service base). Constructors, private helpers and other lambdas are not.
    /// Asked at compilation end, when every call has been recorded.
    /// </summary>
    public bool IsUncalledEntryPoint(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        if (_routed.ContainsKey(method))
        {
            return true;
        }

        switch (method.MethodKind)
        {
            case MethodKind.AnonymousFunction:
                return IsRouteLambda(method);
            case MethodKind.Ordinary:
            case MethodKind.ExplicitInterfaceImplementation:
                return !_called.ContainsKey(method) && !Dispatch.Roots(method).Any(_called.ContainsKey) &&
                       (method.DeclaredAccessibility == Accessibility.Public && IsVisibleType(method.ContainingType) || !Dispatch.Roots(method).IsEmpty);
            default:
                return false;
        }
    }

    /// <summary>
    /// Whether the method may turn out to be an entry point once every call is known: asked while the
    /// compilation is still analysed. Any method may be (a private one handed to MapPost by name too);
    /// constructors and lambdas other than route handlers may not.
    /// </summary>
    public static bool MayBeEntryPoint(IMethodSymbol method) => method.MethodKind switch
    {
        MethodKind.AnonymousFunction => IsRouteLambda(method),
        MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation or MethodKind.LocalFunction => true,
        _ => false,
    };

    private static bool IsRouteLambda(IMethodSymbol lambda) =>
        lambda.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is { } syntax && IsRouteHandler(syntax);

    /// <summary>A type others can reach: public, or nested in public types (an internal class's public method is still the compilation's own).</summary>
    private static bool IsVisibleType(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The lambda or method group is an argument of app.MapPost("/x", ...) and friends (by name: no binding).</summary>
    private static bool IsRouteHandler(SyntaxNode node)
    {
        var current = node.Parent;
        if (current is ArgumentSyntax argument && argument.Parent is ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation })
        {
            var name = invocation.Expression switch
            {
                MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                _ => null,
            };
            return name is not null && s_routeMethods.Contains(name);
        }

        return false;
    }
}

/// <summary>The members a call may target when it reaches a method by dispatch: what it overrides and the interface members it implements.</summary>
internal static class Dispatch
{
    private const int MaxOverrides = 8;

    private static readonly ConditionalWeakTableCache s_cache = new();

    /// <summary>The overridden methods and implemented interface methods (original definitions); empty for a plain method.</summary>
    public static ImmutableArray<IMethodSymbol> Roots(IMethodSymbol method) => s_cache.Get(method.OriginalDefinition);

    private static ImmutableArray<IMethodSymbol> Compute(IMethodSymbol method)
    {
        var roots = new List<IMethodSymbol>();
        var depth = 0;
        for (var overridden = method.OverriddenMethod; overridden is not null && depth < MaxOverrides; overridden = overridden.OverriddenMethod, depth++)
        {
            roots.Add(overridden.OriginalDefinition);
        }

        foreach (var explicitImplementation in method.ExplicitInterfaceImplementations)
        {
            roots.Add(explicitImplementation.OriginalDefinition);
        }

        if (method.DeclaredAccessibility == Accessibility.Public && !method.IsStatic && method.ContainingType is { } type)
        {
            foreach (var @interface in type.AllInterfaces)
            {
                foreach (var member in @interface.GetMembers(method.Name))
                {
                    if (member is IMethodSymbol candidate &&
                        SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate)?.OriginalDefinition, method))
                    {
                        roots.Add(candidate.OriginalDefinition);
                    }
                }
            }
        }

        return roots.Distinct<IMethodSymbol>(SymbolEqualityComparer.Default).ToImmutableArray();
    }

    /// <summary>Per method symbol, computed once; symbols of one compilation die with it.</summary>
    private sealed class ConditionalWeakTableCache
    {
        private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IMethodSymbol, Box> _table = new();

        public ImmutableArray<IMethodSymbol> Get(IMethodSymbol method) => _table.GetValue(method, m => new Box(Compute(m))).Roots;

        private sealed class Box
        {
            public Box(ImmutableArray<IMethodSymbol> roots) => Roots = roots;

            public ImmutableArray<IMethodSymbol> Roots { get; }
        }
    }
}
