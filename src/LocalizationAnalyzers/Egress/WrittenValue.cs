using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.Egress;

/// <summary>A value known at build time, and where in the source it is written.</summary>
internal readonly struct WrittenValue
{
    public WrittenValue(string text, Location location)
    {
        Text = text;
        Location = location;
    }

    public string Text { get; }

    /// <summary>The literal that holds the value: the squiggle and what a fix rewrites.</summary>
    public Location Location { get; }

    /// <summary>
    /// Resolves a string operand to its build-time value: literals and constants, and locals or
    /// readonly fields whose initialiser is a literal and that are never assigned elsewhere in the method.
    /// The location is the literal where the value is written (the const or field initialiser
    /// when it sits there), so the diagnostic lands where a developer changes it.
    /// </summary>
    public static WrittenValue? ResolveString(IOperation operation)
    {
        operation = Unwrap(operation);
        switch (operation)
        {
            case ILiteralOperation { ConstantValue: { HasValue: true, Value: string literal } }:
                return new WrittenValue(literal, operation.Syntax.GetLocation());

            case IFieldReferenceOperation { Field: var field } when field.IsConst || field.IsReadOnly:
                return FromDeclaration(field, operation);

            case ILocalReferenceOperation { Local: var local } when local.IsConst || !IsReassigned(local, operation):
                return FromDeclaration(local, operation);
        }

        return operation.ConstantValue is { HasValue: true, Value: string value }
            ? new WrittenValue(value, operation.Syntax.GetLocation())
            : null;
    }

    private static WrittenValue? FromDeclaration(ISymbol symbol, IOperation use)
    {
        if (symbol.DeclaringSyntaxReferences is [var reference] &&
            reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax literal } &&
            literal.Token.Value is string text)
        {
            return new WrittenValue(text, literal.GetLocation());
        }

        // A constant from metadata or computed from other constants: its value is known, not its literal.
        return use.ConstantValue is { HasValue: true, Value: string value }
            ? new WrittenValue(value, use.Syntax.GetLocation())
            : null;
    }

    private static bool IsReassigned(ILocalSymbol local, IOperation use)
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

    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } or IParenthesizedOperation)
        {
            operation = operation switch
            {
                IConversionOperation conversion => conversion.Operand,
                IParenthesizedOperation parenthesized => parenthesized.Operand,
                _ => operation,
            };
        }

        return operation;
    }
}
