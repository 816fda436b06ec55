using System.Collections.Generic;
using System.Runtime.CompilerServices;
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

    /// <summary>
    /// The locals each operation tree (a method body, an initialiser) assigns after their declaration,
    /// computed once per tree: a method with thousands of uses must not be walked once per use.
    /// Keyed weakly by the tree's root, so nothing outlives the compilation.
    /// </summary>
    private static readonly ConditionalWeakTable<IOperation, HashSet<ILocalSymbol>> ReassignedLocals = new();

    private static bool IsReassigned(ILocalSymbol local, IOperation use)
    {
        var root = use;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        return ReassignedLocals.GetValue(root, FindReassignedLocals).Contains(local);
    }

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
