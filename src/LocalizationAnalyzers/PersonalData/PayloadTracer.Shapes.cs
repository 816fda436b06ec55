using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.PersonalData;

/// <summary>
/// The flow shapes of SPEC §3 beyond locals and initialisers: values transformed on the way (string
/// methods, LINQ projections, fluent <c>With…</c> calls, delegates invoked in place), calls into the
/// compilation's own methods whose result carries data (<see cref="MethodSummaries"/>), members of the
/// same object set and then sent in the same method, and headers added to the client that sends.
/// </summary>
internal sealed partial class PayloadTracer
{
    /// <summary>String methods whose result is (part of) their receiver or arguments: email.Trim().ToLowerInvariant().</summary>
    private static readonly ImmutableHashSet<string> s_transforms = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "Trim", "TrimStart", "TrimEnd", "ToLower", "ToUpper", "ToLowerInvariant", "ToUpperInvariant", "Substring", "Replace", "Normalize",
        "PadLeft", "PadRight", "Insert", "Remove", "Split", "AppendJoin", "AddQueryString", "GetValueOrDefault", "Single", "SingleOrDefault",
        "First", "FirstOrDefault", "Last", "LastOrDefault", "ElementAt", "Where", "OrderBy", "OrderByDescending", "ThenBy", "Take", "Skip",
        "Distinct", "AsEnumerable", "ToHashSet", "Reverse", "Union", "DefaultIfEmpty", "Cast", "OfType");

    /// <summary>LINQ methods whose result is what their lambda returns: customers.Select(c => c.Email).</summary>
    private static readonly ImmutableHashSet<string> s_projections = ImmutableHashSet.Create(
        StringComparer.Ordinal, "Select", "SelectMany", "ToDictionary", "ToLookup", "GroupBy", "Aggregate", "Zip");

    /// <summary>Headers that travel with every request of a client: DefaultRequestHeaders.Add("X-User-Email", email).</summary>
    private static readonly ImmutableHashSet<string> s_headerMethods = ImmutableHashSet.Create(
        StringComparer.Ordinal, "Add", "TryAddWithoutValidation");

    private readonly MethodSummaries? _summaries;
    private readonly int _summaryDepth;

    /// <summary>The traced value reads members of the object the method runs on (a builder's Build() returning its fields).</summary>
    private bool _readsInstance;

    /// <summary>What a method's returned values carry, and whether they read the object it runs on (for <see cref="MethodSummaries"/>).</summary>
    public static (Payload Payload, bool ReadsInstance) TraceReturns(IEnumerable<IOperation> returned, PersonalDataRecognizer recognizer, MethodSummaries summaries, int summaryDepth)
    {
        var tracer = Run(returned, recognizer, summaries, summaryDepth, client: null);
        return (tracer.Result(), tracer._readsInstance);
    }

    /// <summary>Fluent calls return their receiver with the arguments in it: builder.WithEmail(email), request.WithHeader("x", v).</summary>
    private static bool IsFluent(IInvocationOperation invocation) =>
        invocation.TargetMethod.Name.StartsWith("With", StringComparison.Ordinal) &&
        invocation.Instance?.Type is { } receiver &&
        SymbolEqualityComparer.Default.Equals(receiver, invocation.Type);

    /// <summary>Calls that are neither getters, claims nor carrying methods: transforms, projections, delegates and the compilation's own methods.</summary>
    private void VisitOtherInvocation(IInvocationOperation invocation, int depth)
    {
        var method = invocation.TargetMethod;
        if (s_transforms.Contains(method.Name) || s_projections.Contains(method.Name))
        {
            if (!s_projections.Contains(method.Name))
            {
                Visit(invocation.Instance, depth + 1);
            }

            // A projection's result is what its lambda returns (customers.Select(c => c.Id) leaves the person behind);
            // a filter's or transform's result is its source.
            var projection = s_projections.Contains(method.Name);
            foreach (var argument in invocation.Arguments)
            {
                if ((argument.Value.Type?.TypeKind == TypeKind.Delegate) == projection)
                {
                    Visit(argument.Value, depth + 1);
                }
            }

            return;
        }

        if (method.MethodKind == MethodKind.DelegateInvoke)
        {
            // Func<string> getEmail = () => customer.Email; ... getEmail()
            Visit(invocation.Instance, depth + 1);
            return;
        }

        if (_summaries?.Returns(method, _summaryDepth) is { } summary)
        {
            _data.AddRange(summary.Data);
            if (summary.ReadsInstance)
            {
                // new ContactBuilder().WithEmail(email).Build(): what was put into the builder comes out.
                Visit(invocation.Instance, depth + 1);
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is { } parameter && summary.Parameters.Contains(parameter.Ordinal))
                {
                    Visit(argument.Value, depth + 1);
                }
            }
        }
    }

    /// <summary>A lambda or method group: what it returns (a lambda's body here; a method group through its summary).</summary>
    private void VisitDelegate(IOperation operation, int depth)
    {
        switch (operation)
        {
            case IDelegateCreationOperation { Target: IMethodReferenceOperation reference }:
                // customers.Select(ToDto): what the method returns of its own.
                if (_summaries?.Returns(reference.Method, _summaryDepth) is { } summary)
                {
                    _data.AddRange(summary.Data);
                }

                return;
            case IDelegateCreationOperation creation:
                Visit(creation.Target, depth + 1);
                return;
            case IAnonymousFunctionOperation lambda:
                foreach (var returned in lambda.Body.Descendants().OfType<IReturnOperation>())
                {
                    if (returned.ReturnedValue is { } value && NearestFunction(returned) == lambda)
                    {
                        Visit(value, depth + 1);
                    }
                }

                return;
        }
    }

    private static IOperation? NearestFunction(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>UriBuilder.Uri and UriBuilder.Query-like members answer for everything set on the builder.</summary>
    private static bool IsWholeValueMember(ISymbol member) =>
        member.ContainingType is { Name: "UriBuilder", ContainingNamespace.Name: "System" };

    /// <summary>A field or property of the object the method runs on: _body, this.Request.</summary>
    private static bool IsOwnMember(IMemberReferenceOperation reference) =>
        reference.Member is IFieldSymbol or IPropertySymbol &&
        (reference.Instance is IInstanceReferenceOperation || reference.Instance is null && !reference.Member.IsStatic);

    /// <summary>
    /// A field of the same object set and then sent in the same method (_payload.Email = email; ... Send(_payload)):
    /// its assignments, the members set on it and the calls made on it in this method. What other methods store
    /// in it is not followed (that would need every write in the program).
    /// </summary>
    private void VisitOwnMember(IMemberReferenceOperation reference, int depth)
    {
        var member = reference.Member;
        _readsInstance = true;
        if (!_visitedLocals.Add(member))
        {
            return;
        }

        RecognizeType((member as IFieldSymbol)?.Type ?? (member as IPropertySymbol)?.Type, reference);
        foreach (var operation in _root!.Descendants())
        {
            switch (operation)
            {
                case IAssignmentOperation { Target: var target } assignment when RootsAtOwn(target, member):
                    Visit(assignment.Value, depth + 1);
                    break;
                case IInvocationOperation { Instance: { } instance } call when RootsAtOwn(instance, member):
                    foreach (var argument in call.Arguments)
                    {
                        Visit(argument.Value, depth + 1);
                    }

                    break;
            }
        }
    }

    /// <summary>True when the chain (_payload, _payload.Email, _payload.Items.Add) starts at this object's member.</summary>
    private static bool RootsAtOwn(IOperation operation, ISymbol member)
    {
        for (var current = operation; current is not null;)
        {
            switch (current)
            {
                case IMemberReferenceOperation reference when IsOwnMember(reference):
                    if (SymbolEqualityComparer.Default.Equals(reference.Member, member))
                    {
                        return true;
                    }

                    current = reference.Instance;
                    break;
                case IMemberReferenceOperation reference:
                    current = reference.Instance;
                    break;
                case IInvocationOperation call:
                    current = call.Instance;
                    break;
                case IConversionOperation conversion:
                    current = conversion.Operand;
                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>client.DefaultRequestHeaders.Add(name, value) on the sending client (a local or a member of this object) in the same method.</summary>
    private void VisitHeadersOf(IOperation client, int depth)
    {
        client = Egress.OperationFacts.Unwrap(client);
        ISymbol? holder = client switch
        {
            ILocalReferenceOperation local => local.Local,
            IMemberReferenceOperation member when IsOwnMember(member) => member.Member,
            _ => null,
        };
        if (holder is null)
        {
            return;
        }

        foreach (var operation in _root!.Descendants())
        {
            if (operation is IInvocationOperation { Instance: IPropertyReferenceOperation { Property.Name: "DefaultRequestHeaders", Instance: { } owner } } call &&
                s_headerMethods.Contains(call.TargetMethod.Name) &&
                HolderOf(owner) is { } found && SymbolEqualityComparer.Default.Equals(found, holder))
            {
                foreach (var argument in call.Arguments)
                {
                    Visit(argument.Value, depth + 1);
                }
            }
        }
    }

    private static ISymbol? HolderOf(IOperation operation) => Egress.OperationFacts.Unwrap(operation) switch
    {
        ILocalReferenceOperation local => local.Local,
        IMemberReferenceOperation member when IsOwnMember(member) => member.Member,
        _ => null,
    };
}
