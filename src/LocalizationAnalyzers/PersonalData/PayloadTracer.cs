using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.PersonalData;

/// <summary>
/// Follows a payload operand backwards inside its method (SPEC §3): through locals and their
/// assignments, concatenation, interpolation and string.Format, object, collection and anonymous-object
/// initialisers, dictionaries, serialisers, HttpContent wrappers, and the members set on a local object
/// before it is sent (request.Content = ..., message.To.Add(...)). It stops at parameters (the callers
/// decide) and is bounded in depth and visited nodes, so a pathological method costs little.
/// Only run for operands of egress sites.
/// </summary>
internal sealed class PayloadTracer
{
    private const int MaxDepth = 12;
    private const int MaxVisits = 400;

    /// <summary>Methods whose result carries their arguments (serialisers, formatting, content wrappers).</summary>
    private static readonly ImmutableHashSet<string> s_carryingMethods = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "Format", "Concat", "Join", "Serialize", "SerializeAsync", "SerializeToUtf8Bytes", "SerializeToElement", "SerializeToNode",
        "SerializeToDocument", "SerializeObject", "GetBytes", "Create", "FromObject", "ToString", "ToArray", "ToList", "Append",
        "AppendLine", "AppendFormat", "Encode", "EscapeDataString", "UrlEncode", "ToBase64String", "Add", "AddRange");

    private readonly PersonalDataRecognizer _recognizer;
    private readonly List<PersonalDataInfo> _data = new();
    private readonly List<IParameterSymbol> _parameters = new();
    private readonly HashSet<IOperation> _visited = new();
    private readonly HashSet<ISymbol> _visitedLocals = new(SymbolEqualityComparer.Default);
    private IOperation? _root;

    private PayloadTracer(PersonalDataRecognizer recognizer) => _recognizer = recognizer;

    public static Payload Trace(IEnumerable<IOperation> operands, PersonalDataRecognizer recognizer)
    {
        var tracer = new PayloadTracer(recognizer);
        foreach (var operand in operands)
        {
            tracer._root ??= MethodRoot(operand);
            tracer.Visit(operand, 0);
        }

        return tracer._data.Count == 0 && tracer._parameters.Count == 0
            ? Payload.Empty
            : new Payload(tracer._data.Distinct().ToImmutableArray(), tracer._parameters.Distinct<IParameterSymbol>(SymbolEqualityComparer.Default).ToImmutableArray());
    }

    private void Visit(IOperation? operation, int depth)
    {
        if (operation is null || depth > MaxDepth || _visited.Count > MaxVisits || !_visited.Add(operation))
        {
            return;
        }

        switch (operation)
        {
            case IConversionOperation conversion:
                Visit(conversion.Operand, depth + 1);
                return;
            case IParenthesizedOperation parenthesized:
                Visit(parenthesized.Operand, depth + 1);
                return;
            case IAwaitOperation awaited:
                Visit(awaited.Operation, depth + 1);
                return;
            case ILiteralOperation or IDefaultValueOperation or ITypeOfOperation or INameOfOperation:
                return;

            case IParameterReferenceOperation parameter:
                // A parameter of a personal-data type (a Customer) is personal whoever calls; one that is
                // personal only by its name (string email) is the callers' business: they may pass anything.
                RecognizeType(parameter.Parameter.Type, parameter);
                _parameters.Add(parameter.Parameter);
                return;

            case ILocalReferenceOperation local:
                VisitLocal(local, depth);
                return;

            case IMemberReferenceOperation member:
                VisitMember(member, depth);
                return;

            case IBinaryOperation binary:
                Visit(binary.LeftOperand, depth + 1);
                Visit(binary.RightOperand, depth + 1);
                return;

            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts.OfType<IInterpolationOperation>())
                {
                    Visit(part.Expression, depth + 1);
                }

                return;

            case IConditionalOperation conditional:
                Visit(conditional.WhenTrue, depth + 1);
                Visit(conditional.WhenFalse, depth + 1);
                return;

            case ICoalesceOperation coalesce:
                Visit(coalesce.Value, depth + 1);
                Visit(coalesce.WhenNull, depth + 1);
                return;

            case IInvocationOperation invocation:
                VisitInvocation(invocation, depth);
                return;

            case IAnonymousObjectCreationOperation anonymous:
                foreach (var initializer in anonymous.Initializers)
                {
                    VisitInitializer(initializer, depth);
                }

                return;

            case IObjectCreationOperation creation:
                // A type of a referenced SDK (an SMS request with a PhoneNumbers member) carries only what the code
                // puts into it, seen in its arguments and initialiser below (SPEC §3); the project's own types speak for themselves.
                if (creation.Type is { DeclaringSyntaxReferences.IsEmpty: false })
                {
                    RecognizeType(creation.Type, creation);
                }
                foreach (var argument in creation.Arguments)
                {
                    Visit(argument.Value, depth + 1);
                }

                if (creation.Initializer is { } objectInitializer)
                {
                    foreach (var initializer in objectInitializer.Initializers)
                    {
                        VisitInitializer(initializer, depth);
                    }
                }

                return;

            case IArrayCreationOperation array when array.Initializer is { } elements:
                foreach (var element in elements.ElementValues)
                {
                    Visit(element, depth + 1);
                }

                return;

            case IObjectOrCollectionInitializerOperation initializerList:
                foreach (var initializer in initializerList.Initializers)
                {
                    VisitInitializer(initializer, depth);
                }

                return;

            default:
                // Collection expressions and other shapes: their children carry what they hold.
                if (operation.Kind == OperationKind.None)
                {
                    foreach (var child in operation.ChildOperations)
                    {
                        Visit(child, depth + 1);
                    }
                }

                return;
        }
    }

    private void VisitInitializer(IOperation initializer, int depth)
    {
        switch (initializer)
        {
            // new { Email = customer.Email } / new Payload { Email = ... }: the member name speaks too.
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation or IFieldReferenceOperation } assignment:
                // The value's own source (Customer.Email) says more than the member it lands in ({ Email = ... }).
                var before = _data.Count;
                Visit(assignment.Value, depth + 1);
                if (_data.Count == before && assignment.Target is IMemberReferenceOperation target && _recognizer.Recognize(target.Member) is { } byTarget)
                {
                    _data.Add(byTarget);
                }

                return;
            case IMemberInitializerOperation member:
                Visit(member.Initializer, depth + 1);
                return;
            default:
                // Collection and dictionary initialisers: Add(key, value) calls, indexer assignments.
                foreach (var child in initializer.ChildOperations)
                {
                    Visit(child, depth + 1);
                }

                return;
        }
    }

    private void VisitMember(IMemberReferenceOperation reference, int depth)
    {
        if (_recognizer.RecognizeValue(reference.Member) is { } info)
        {
            _data.Add(info);
            return;
        }

        // A harmless member of a personal value (customer.Email.Length) is not personal; a member of a
        // local request object set up earlier (request.Content) is followed through its assignments.
        if (reference.Instance is ILocalReferenceOperation local)
        {
            VisitMemberAssignmentsOf(local.Local, reference.Member, depth);
        }
    }

    private void VisitLocal(ILocalReferenceOperation reference, int depth)
    {
        var local = reference.Local;
        if (_recognizer.Recognize(local) is { } byName)
        {
            _data.Add(byName);
        }

        if (!_visitedLocals.Add(local))
        {
            return;
        }

        RecognizeType(local.Type, reference);
        foreach (var operation in _root!.Descendants())
        {
            switch (operation)
            {
                // var x = ...; x = ...;
                case IVariableDeclaratorOperation { Initializer: { } initializer } declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    Visit(initializer.Value, depth + 1);
                    break;
                case IAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    Visit(assignment.Value, depth + 1);
                    break;

                // request.Content = ...; message.To.Add(...); dictionary["email"] = ...; builder.Append(...)
                case IAssignmentOperation { Target: var target } assignment when RootLocal(target) is { } owner && SymbolEqualityComparer.Default.Equals(owner, local):
                    Visit(assignment.Value, depth + 1);
                    break;
                case IInvocationOperation { Instance: { } instance } call when RootLocal(instance) is { } owner && SymbolEqualityComparer.Default.Equals(owner, local):
                    foreach (var argument in call.Arguments)
                    {
                        Visit(argument.Value, depth + 1);
                    }

                    break;
            }
        }
    }

    private void VisitMemberAssignmentsOf(ILocalSymbol local, ISymbol member, int depth)
    {
        foreach (var operation in _root!.Descendants())
        {
            if (operation is IAssignmentOperation { Target: IMemberReferenceOperation { Instance: ILocalReferenceOperation owner } target } assignment &&
                SymbolEqualityComparer.Default.Equals(owner.Local, local) &&
                SymbolEqualityComparer.Default.Equals(target.Member, member))
            {
                Visit(assignment.Value, depth + 1);
            }
        }
    }

    private void VisitInvocation(IInvocationOperation invocation, int depth)
    {
        if (_recognizer.RecognizeClaimLookup(invocation) is { } claim)
        {
            _data.Add(claim);
            return;
        }

        // A getter-like method (GetEmail()) answers for what it returns.
        if (_recognizer.Recognize(invocation.TargetMethod) is { } byMethod)
        {
            _data.Add(byMethod);
            return;
        }

        if (s_carryingMethods.Contains(invocation.TargetMethod.Name))
        {
            Visit(invocation.Instance, depth + 1);
            foreach (var argument in invocation.Arguments)
            {
                Visit(argument.Value, depth + 1);
            }
        }

        RecognizeType(invocation.Type, invocation);
    }

    /// <summary>A value whose type is (or contains) personal data: a Customer, a List&lt;Order&gt;.</summary>
    private void RecognizeType(ITypeSymbol? type, IOperation at)
    {
        if (type is null || type.SpecialType != SpecialType.None || type.TypeKind == TypeKind.Enum)
        {
            return;
        }

        if (_recognizer.RecognizeType(type) is { } info)
        {
            _data.Add(info);
        }
    }

    /// <summary>The method body (or field initialiser) the operand belongs to: the scope of the trace.</summary>
    private static IOperation MethodRoot(IOperation operation)
    {
        var root = operation;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        return root;
    }

    /// <summary>The local at the start of a member chain: request in request.Content, message in message.To.</summary>
    private static ILocalSymbol? RootLocal(IOperation operation)
    {
        for (var current = operation; current is not null;)
        {
            switch (current)
            {
                case ILocalReferenceOperation local:
                    return local.Local;
                case IMemberReferenceOperation member:
                    current = member.Instance;
                    break;
                case IInvocationOperation call:
                    current = call.Instance;
                    break;
                case IConversionOperation conversion:
                    current = conversion.Operand;
                    break;
                default:
                    return null;
            }
        }

        return null;
    }
}
