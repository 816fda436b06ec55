using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// Tells a region value that configures something (passed, assigned, stored, returned) from one
/// that is only read (compared, inspected), and finds the client or object it configures.
/// </summary>
internal static class ConfiguringUse
{
    /// <summary>
    /// True when the value is passed, assigned, stored or returned. On the way up it looks through
    /// conversions, conditionals, coalescing, switch arms and collection elements.
    /// </summary>
    public static bool IsConfiguring(IOperation value, out IOperation? configured)
    {
        configured = null;
        var current = value;
        while (current.Parent is { } parent)
        {
            switch (parent)
            {
                case IConversionOperation or IParenthesizedOperation or IConditionalOperation or ICoalesceOperation
                    or ISwitchExpressionArmOperation or ISwitchExpressionOperation or IArrayInitializerOperation
                    or IArrayCreationOperation:
                    current = parent;
                    continue;

                case IArgumentOperation argument:
                    if (argument.Parent is IInvocationOperation { TargetMethod.Name: "Equals" or "Contains" or "ReferenceEquals" })
                    {
                        return false;
                    }

                    configured = argument.Parent;
                    return true;

                case IAssignmentOperation assignment when assignment.Value == current:
                    configured = EnclosingCreation(assignment) ?? assignment;
                    return true;

                case IVariableInitializerOperation or IFieldInitializerOperation or IPropertyInitializerOperation or IReturnOperation:
                    return true;

                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>For an assignment in an object initialiser, the object being created.</summary>
    private static IOperation? EnclosingCreation(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IObjectCreationOperation creation)
            {
                return creation;
            }

            if (current is not (IObjectOrCollectionInitializerOperation or IMemberInitializerOperation))
            {
                return null;
            }
        }

        return null;
    }
}
