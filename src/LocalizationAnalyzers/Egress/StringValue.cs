using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using LocalizationAnalyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// A string (or URI) known at build time, possibly only its beginning: "https://api.crm.com/contacts/"
/// of $"https://api.crm.com/contacts/{id}" is enough to know the host. <see cref="Location"/> is the
/// literal that holds the leading text, where a developer changes the destination.
/// </summary>
internal sealed class StringValue
{
    /// <summary>How deep the resolver follows constants, locals and concatenations: enough for real code, bounded for pathological input.</summary>
    private const int MaxDepth = 16;

    private StringValue(string text, bool isComplete, Location location, bool isLiteral, ImmutableArray<string> alternatives = default, string? configurationKey = null,
        ISymbol? declaration = null)
    {
        Declaration = declaration;
        Text = text;
        IsComplete = isComplete;
        Location = location;
        IsLiteral = isLiteral;
        Alternatives = alternatives.IsDefault ? ImmutableArray<string>.Empty : alternatives;
        ConfigurationKey = configurationKey;
    }

    /// <summary>The value, or its known prefix when <see cref="IsComplete"/> is false.</summary>
    public string Text { get; }

    public bool IsComplete { get; }

    public Location Location { get; }

    /// <summary>True when <see cref="Location"/> is one whole string literal holding the whole value (a fix may rewrite it).</summary>
    public bool IsLiteral { get; }

    /// <summary>
    /// Other complete values the expression may have at run time: an appsettings.{Environment}.json that
    /// gives a configuration key another value than appsettings.json. Empty for values written in code.
    /// </summary>
    public ImmutableArray<string> Alternatives { get; }

    /// <summary>The key when the value is read from IConfiguration; <see cref="Location"/> is then the lookup, nothing a fix can rewrite.</summary>
    public string? ConfigurationKey { get; }

    /// <summary>
    /// The field or property in whose declaration <see cref="Location"/> lies, when that is not where the value
    /// is used (a constant declared elsewhere, maybe in generated code); null when it is in the code at hand.
    /// </summary>
    public ISymbol? Declaration { get; }

    public static StringValue? Resolve(IOperation operation) => Resolve(operation, 0);

    private static StringValue? Resolve(IOperation operation, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        operation = OperationFacts.Unwrap(operation);
        switch (operation)
        {
            case ILiteralOperation { ConstantValue: { HasValue: true, Value: string literal } }:
                return new StringValue(literal, true, operation.Syntax.GetLocation(), isLiteral: true);

            case IFieldReferenceOperation { Field: var field } when field.IsConst || field.IsReadOnly:
                return FromDeclaration(field, operation, depth);

            case IPropertyReferenceOperation { Property: { IsReadOnly: true } property } when property.DeclaringSyntaxReferences.Length == 1:
                return FromDeclaration(property, operation, depth);

            case ILocalReferenceOperation { Local: var local } when local.IsConst || !OperationFacts.IsReassigned(local, operation):
                return FromDeclaration(local, operation, depth);

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                return Concatenate(Terms(binary), depth);

            case IInterpolatedStringOperation interpolated:
                // One string to the eye: report the whole of it when its host is written in it.
                var joined = Concatenate(interpolated.Parts.Select(p => p switch
                {
                    IInterpolatedStringTextOperation text => text.Text,
                    IInterpolationOperation hole => hole.Expression,
                    _ => p,
                }), depth);
                return joined is not null && interpolated.Parts.FirstOrDefault() is IInterpolatedStringTextOperation
                    ? new StringValue(joined.Text, joined.IsComplete, operation.Syntax.GetLocation(), isLiteral: false)
                    : joined;

            case IObjectCreationOperation { Type: { Name: "Uri", ContainingNamespace.Name: "System" } } uri when uri.Arguments.Length > 0:
                // new Uri("https://host/") and new Uri(baseUri, "relative"): the first argument fixes the host.
                return Resolve(uri.Arguments[0].Value, depth + 1) is { } first && uri.Arguments.Length > 1
                    ? new StringValue(first.Text, false, first.Location, isLiteral: false, declaration: first.Declaration)
                    : Resolve(uri.Arguments[0].Value, depth + 1);

            case IInvocationOperation { TargetMethod: { Name: "Format", ContainingType.SpecialType: SpecialType.System_String } } format when
                format.Arguments.FirstOrDefault(a => a.Parameter?.Name == "format") is { } template &&
                Resolve(template.Value, depth + 1) is { IsComplete: true } pattern:
                // string.Format("https://haveibeenpwned.com/api/v3/breachedaccount/{0}", name): the text before the first hole.
                var hole = pattern.Text.IndexOf('{');
                return hole < 0 ? pattern : hole == 0 ? null : new StringValue(pattern.Text.Substring(0, hole), false, pattern.Location, isLiteral: false);

            case IObjectCreationOperation { Type: { Name: "UriBuilder", ContainingNamespace.Name: "System" } } builder when
                builder.Arguments.Length == 1 && builder.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String:
            case IPropertyReferenceOperation { Property: { Name: "Uri", ContainingType: { Name: "UriBuilder", ContainingNamespace.Name: "System" } } } when
                operation is IPropertyReferenceOperation { Instance: not null }:
                // new UriBuilder("https://host/path") { Query = ... } then builder.Uri: the host is the first argument's.
                var start = operation is IObjectCreationOperation created ? created.Arguments[0].Value : ((IPropertyReferenceOperation)operation).Instance!;
                return Resolve(start, depth + 1) is { } built ? new StringValue(built.Text, false, built.Location, isLiteral: false) : null;

            case IInvocationOperation or IPropertyReferenceOperation when
                ConfigurationLookup.Find(operation, key => Resolve(key, depth + 1) is { IsComplete: true } k ? k.Text : null) is { } lookup:
                // configuration["Crm:Url"] and friends, read from appsettings*.json; reported at the lookup.
                return lookup.Value is { } configured
                    ? new StringValue(configured.Texts[0], true, operation.Syntax.GetLocation(), isLiteral: false, configured.Texts.RemoveAt(0), lookup.Key)
                    : lookup.Fallback is { } fallback ? Resolve(fallback, depth + 1) : null;
        }

        return operation.ConstantValue is { HasValue: true, Value: string value }
            ? new StringValue(value, true, operation.Syntax.GetLocation(), isLiteral: false)
            : null;
    }

    /// <summary>The terms of a + b + c + ..., in order, flattened without recursion: generated code concatenates thousands.</summary>
    private static List<IOperation> Terms(IBinaryOperation concatenation)
    {
        var terms = new List<IOperation>();
        var pending = new Stack<IOperation>();
        pending.Push(concatenation);
        while (pending.Count > 0)
        {
            var current = OperationFacts.Unwrap(pending.Pop());
            if (current is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add && add.Type?.SpecialType == SpecialType.System_String)
            {
                pending.Push(add.RightOperand);
                pending.Push(add.LeftOperand);
            }
            else
            {
                terms.Add(current);
            }
        }

        return terms;
    }

    private static StringValue? Concatenate(IEnumerable<IOperation> parts, int depth)
    {
        var text = new StringBuilder();
        StringValue? first = null;
        foreach (var part in parts)
        {
            var value = Resolve(part, depth + 1);
            if (value is null)
            {
                return first is null ? null : new StringValue(text.ToString(), false, first.Location, isLiteral: false, declaration: first.Declaration);
            }

            text.Append(value.Text);
            first ??= value;
            if (!value.IsComplete)
            {
                return new StringValue(text.ToString(), false, first.Location, isLiteral: false, declaration: first.Declaration);
            }
        }

        return first is null ? null : new StringValue(text.ToString(), true, first.Location, isLiteral: false, declaration: first.Declaration);
    }

    private static StringValue? FromDeclaration(ISymbol symbol, IOperation use, int depth)
    {
        if (symbol.DeclaringSyntaxReferences is [var reference])
        {
            var initializer = reference.GetSyntax() switch
            {
                VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
                PropertyDeclarationSyntax property => property.Initializer?.Value ?? property.ExpressionBody?.Expression,
                _ => null,
            };
            if (initializer is LiteralExpressionSyntax { Token.Value: string text } literal)
            {
                return new StringValue(text, true, literal.GetLocation(), isLiteral: true, declaration: symbol is ILocalSymbol ? null : symbol);
            }

            // A local's initialiser is in the same method: its operation is at hand without binding anything new.
            if (initializer is not null && symbol is ILocalSymbol && use.SemanticModel?.SyntaxTree == initializer.SyntaxTree &&
                use.SemanticModel.GetOperation(initializer) is { } initialValue)
            {
                return Resolve(initialValue, depth + 1);
            }
        }

        return use.ConstantValue is { HasValue: true, Value: string value }
            ? new StringValue(value, true, use.Syntax.GetLocation(), isLiteral: false)
            : null;
    }
}
