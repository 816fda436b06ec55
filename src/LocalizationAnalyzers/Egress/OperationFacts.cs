using System.Linq;
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

    /// <summary>True when the local is assigned, or passed by reference, anywhere in the method besides its declaration.</summary>
    public static bool IsReassigned(ILocalSymbol local, IOperation use)
    {
        var root = use;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        return root.Descendants().Any(o =>
            o is IAssignmentOperation { Target: ILocalReferenceOperation target } &&
            SymbolEqualityComparer.Default.Equals(target.Local, local) ||
            o is IArgumentOperation { Value: ILocalReferenceOperation byRef, Parameter.RefKind: not RefKind.None } &&
            SymbolEqualityComparer.Default.Equals(byRef.Local, local));
    }
}
