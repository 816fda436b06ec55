using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.Egress;

/// <summary>Small questions about operations that several parts of the pipeline ask.</summary>
internal static class OperationFacts
{
    /// <summary>The value without implicit conversions and parentheses around it.</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation { IsImplicit: true } conversion:
                    operation = conversion.Operand;
                    continue;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    continue;
                default:
                    return operation;
            }
        }
    }

    /// <summary>True when the local is assigned (also by deconstruction or compound assignment), or passed by reference, anywhere in its method besides its declaration.</summary>
    public static bool IsReassigned(ILocalSymbol local, IOperation use)
    {
        var root = use;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        return s_reassignedLocals.GetValue(root, FindReassignedLocals).Contains(local);
    }

    /// <summary>
    /// The locals each operation tree (a method body, an initialiser) assigns after their declaration,
    /// computed once per tree: a method with thousands of uses must not be walked once per use.
    /// Keyed weakly by the tree's root, so nothing outlives the compilation.
    /// </summary>
    private static readonly ConditionalWeakTable<IOperation, HashSet<ILocalSymbol>> s_reassignedLocals = new();

    private static HashSet<ILocalSymbol> FindReassignedLocals(IOperation root)
    {
        var locals = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                // x = ..., x += ..., x ??= ..., and (x, y) = ... (the target is a tuple of references).
                case IAssignmentOperation { Target: var target }:
                    AddLocals(target, locals);
                    break;

                case IArgumentOperation { Value: ILocalReferenceOperation byRef, Parameter.RefKind: not RefKind.None }:
                    locals.Add(byRef.Local);
                    break;
            }
        }

        return locals;
    }

    private static void AddLocals(IOperation target, HashSet<ILocalSymbol> locals)
    {
        if (target is ILocalReferenceOperation reference)
        {
            locals.Add(reference.Local);
            return;
        }

        if (target is ITupleOperation or IDeclarationExpressionOperation)
        {
            foreach (var element in target.Descendants())
            {
                if (element is ILocalReferenceOperation { IsDeclaration: false } assigned)
                {
                    locals.Add(assigned.Local);
                }
            }
        }
    }
}
