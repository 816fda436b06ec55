using System;
using System.Linq;
using LocalizationAnalyzers.Egress;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.Configuration;

/// <summary>
/// Recognises IConfiguration lookups with constant keys and finds the key they read:
/// <c>configuration["Crm:Url"]</c>, <c>configuration.GetValue&lt;string&gt;("Crm:Url")</c>,
/// <c>configuration.GetSection("Crm")["Url"]</c>, <c>configuration.GetSection("Crm").GetValue&lt;string&gt;("Url")</c>,
/// <c>configuration.GetSection("Crm:Url").Value</c>, <c>configuration.GetConnectionString("Orders")</c>
/// (= ConnectionStrings:Orders). A section held in a local initialised from GetSection is followed.
/// </summary>
internal static class ConfigurationLookup
{
    private const string Namespace = "Microsoft.Extensions.Configuration";

    /// <summary>How deep sections and keys are followed (GetSection chains, locals).</summary>
    private const int MaxDepth = 8;

    /// <summary>The result of a lookup: its value from the files, or the default a GetValue call falls back to.</summary>
    public readonly struct Result
    {
        public Result(string key, ConfiguredValue? value, IOperation? fallback)
        {
            Key = key;
            Value = value;
            Fallback = fallback;
        }

        public string Key { get; }

        public ConfiguredValue? Value { get; }

        /// <summary>GetValue's defaultValue argument, used when no file defines the key.</summary>
        public IOperation? Fallback { get; }
    }

    /// <summary>
    /// The lookup at this operation (an indexer, GetValue, GetConnectionString or section Value read), or null.
    /// <paramref name="constantText"/> resolves key arguments (literals, constants, concatenations of them).
    /// </summary>
    public static Result? Find(IOperation operation, Func<IOperation, string?> constantText)
    {
        switch (operation)
        {
            case IPropertyReferenceOperation { Property: { IsIndexer: true, Parameters.Length: 1 } }:
            case IPropertyReferenceOperation { Property.Name: "Value", Property.IsIndexer: false }:
            case IInvocationOperation { TargetMethod.Name: "GetValue" or "GetConnectionString" }:
                break;
            default:
                return null;
        }

        if (ConfigurationIndex.Of(operation.SemanticModel?.Compilation) is not { CanResolveLookups: true } index)
        {
            return null;
        }

        var key = KeyOf(operation, index, constantText, out var fallback);
        return key is null ? null : new Result(key, index.Lookup(key), fallback);
    }

    private static string? KeyOf(IOperation operation, ConfigurationIndex index, Func<IOperation, string?> constantText, out IOperation? fallback)
    {
        fallback = null;
        switch (operation)
        {
            // configuration["Crm:Url"], section["Url"]
            case IPropertyReferenceOperation { Property: { IsIndexer: true } property, Instance: { } instance } indexer
                when property.Parameters[0].Type.SpecialType == SpecialType.System_String && IsConfiguration(property.ContainingType, index):
                return Combine(SectionPath(instance, index, constantText, 0), constantText(indexer.Arguments[0].Value));

            // configuration.GetSection("Crm:Url").Value
            case IPropertyReferenceOperation { Property: { Name: "Value" } property, Instance: { } instance }
                when IsSection(property.ContainingType, index):
                return SectionPath(instance, index, constantText, 0) is { Length: > 0 } path ? path : null;

            // ConfigurationBinder.GetValue<T>(configuration, key[, defaultValue]) and GetValue(configuration, type, key[, defaultValue])
            case IInvocationOperation { TargetMethod: { Name: "GetValue", IsExtensionMethod: true } method } invocation
                when IsConfigurationExtension(method, "ConfigurationBinder", index) &&
                     Argument(invocation, "key") is { } key:
                fallback = Argument(invocation, "defaultValue") is { } defaultValue && !defaultValue.IsImplicit ? defaultValue : null;
                return Combine(SectionPath(ThisArgument(invocation), index, constantText, 0), constantText(key));

            // ConfigurationExtensions.GetConnectionString(configuration, name) = configuration.GetSection("ConnectionStrings")[name]
            case IInvocationOperation { TargetMethod: { Name: "GetConnectionString", IsExtensionMethod: true } method } invocation
                when IsConfigurationExtension(method, "ConfigurationExtensions", index) &&
                     Argument(invocation, "name") is { } name:
                return Combine(Combine(SectionPath(ThisArgument(invocation), index, constantText, 0), "ConnectionStrings"), constantText(name));
        }

        return null;
    }

    /// <summary>
    /// The section a receiver stands for: "" for the root configuration (any IConfiguration that is not a
    /// section: IConfigurationRoot, ConfigurationManager, an injected IConfiguration), "Crm" for
    /// configuration.GetSection("Crm"); null when unknown (a section parameter, a reassigned local).
    /// </summary>
    public static string? SectionPath(IOperation? receiver, ConfigurationIndex index, Func<IOperation, string?> constantText, int depth)
    {
        if (receiver is null || depth > MaxDepth)
        {
            return null;
        }

        // Casts between configuration types ((IConfigurationSection)configuration) do not change the section.
        while (OperationFacts.Unwrap(receiver) is IConversionOperation { Operand: var operand })
        {
            receiver = operand;
        }

        receiver = OperationFacts.Unwrap(receiver);
        switch (receiver)
        {
            // configuration.GetSection("Crm"), configuration.GetRequiredSection("Crm")
            case IInvocationOperation { TargetMethod.Name: "GetSection" or "GetRequiredSection" } invocation when ReceiverOf(invocation) is { } inner &&
                                                                                                                   Argument(invocation, "key") is { } key &&
                                                                                                                   IsSection(invocation.Type, index):
                return Combine(SectionPath(inner, index, constantText, depth + 1), constantText(key));

            // var crm = configuration.GetSection("Crm"); IConfiguration crm = ...: what it was initialised with.
            case ILocalReferenceOperation { Local: var local } when IsConfiguration(local.Type, index):
                if (local.DeclaringSyntaxReferences is [var reference] &&
                    reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initializer } &&
                    receiver.SemanticModel?.SyntaxTree == initializer.SyntaxTree &&
                    !OperationFacts.IsReassigned(local, receiver) &&
                    receiver.SemanticModel.GetOperation(initializer) is { } initialValue)
                {
                    return SectionPath(initialValue, index, constantText, depth + 1);
                }

                break;
        }

        // Anything else that is a configuration but not a section: the root.
        return receiver.Type is { } type && IsConfiguration(type, index) && !IsSection(type, index) ? "" : null;
    }

    private static IOperation? ReceiverOf(IInvocationOperation invocation) =>
        invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod ? ThisArgument(invocation) : null);

    /// <summary>The receiver of an extension method call (its first parameter; arguments may come in any order).</summary>
    public static IOperation? ThisArgument(IInvocationOperation invocation) =>
        invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value;

    public static IOperation? Argument(IInvocationOperation invocation, string parameterName) =>
        invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == parameterName)?.Value;

    private static string? Combine(string? path, string? key) =>
        path is null || key is null ? null : path.Length == 0 ? key : path + ":" + key;

    /// <summary>A static class of Microsoft.Extensions.Configuration whose method extends IConfiguration.</summary>
    private static bool IsConfigurationExtension(IMethodSymbol method, string typeName, ConfigurationIndex index) =>
        method.ContainingType.Name == typeName &&
        method.ContainingType.ContainingNamespace?.ToDisplayString() == Namespace &&
        method.Parameters.Length > 0 && IsConfiguration(method.Parameters[0].Type, index);

    public static bool IsConfiguration(ITypeSymbol? type, ConfigurationIndex index) =>
        type is not null && index.ConfigurationType is { } configuration &&
        (SymbolEqualityComparer.Default.Equals(type, configuration) || type.AllInterfaces.Contains(configuration, SymbolEqualityComparer.Default));

    private static bool IsSection(ITypeSymbol? type, ConfigurationIndex index) =>
        type is not null && index.SectionType is { } section &&
        (SymbolEqualityComparer.Default.Equals(type, section) || type.AllInterfaces.Contains(section, SymbolEqualityComparer.Default));
}
