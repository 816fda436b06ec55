using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LocalizationAnalyzers.Catalog;
using LocalizationAnalyzers.PersonalData;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// Storing personal data is a transfer (SPEC §4). Recognises the <see cref="DatabaseApis"/> sites:
/// an ADO.NET command executed (payload: the command, whose parameters and text the tracer follows;
/// destination: its connection, through <c>new SqlCommand(sql, connection)</c> or
/// <c>connection.CreateCommand()</c>), and an EF Core provider configured (<c>UseSqlServer(...)</c>:
/// payload: the entity sets of the context it configures; destination: the connection string). The
/// provider call is where the model's destination is decided, so that is where DLOC001/DLOC004 go.
/// </summary>
internal sealed class DatabaseSites
{
    private readonly Dictionary<INamedTypeSymbol, ImmutableArray<DatabaseApi>> _byType;
    private readonly INamedTypeSymbol? _dbContext;
    private readonly INamedTypeSymbol? _dbSet;

    private DatabaseSites(Dictionary<INamedTypeSymbol, ImmutableArray<DatabaseApi>> byType, INamedTypeSymbol? dbContext, INamedTypeSymbol? dbSet)
    {
        _byType = byType;
        _dbContext = dbContext;
        _dbSet = dbSet;
    }

    /// <summary>Null when the compilation references no ADO.NET provider or EF Core provider API.</summary>
    public static DatabaseSites? Resolve(Compilation compilation)
    {
        // DbCommand is part of every .NET compilation: only a referenced provider (SqlClient, Npgsql, EF Core) makes these sites worth looking for.
        var byType = SymbolTable.Resolve(compilation, DatabaseApis.All, r => r.TypeMetadataName);
        return byType.Keys.All(t => t.ContainingAssembly.Name == "System.Data.Common" || t.ContainingAssembly.Name.StartsWith("System.", System.StringComparison.Ordinal) || t.ContainingAssembly.Name is "netstandard" or "mscorlib")
            ? null
            : new DatabaseSites(byType, compilation.GetTypeByMetadataName(DatabaseApis.DbContext), compilation.GetTypeByMetadataName(DatabaseApis.DbSet));
    }

    public EgressSite? Find(IInvocationOperation invocation, ClientDestination clients, LocationCatalog catalog)
    {
        if (Match(invocation.TargetMethod) is not { } api)
        {
            return null;
        }

        var method = invocation.TargetMethod;
        var shortApi = method.ContainingType.Name + "." + method.Name;
        if (api.Shape == DatabaseApiShape.CommandExecution)
        {
            return invocation.Instance is not { } command
                ? null
                : new EgressSite(invocation, api.Display, shortApi, EgressKind.Database, null, clients.Resolve(command), CommandValues(command), command);
        }

        // EF Core: the connection string where one is given, else the connection or data source object.
        IOperation? endpointOperand = null;
        var endpoint = ResolvedEndpoint.Unresolved;
        foreach (var name in DatabaseApis.ConnectionParameters)
        {
            if (invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == name && a.ArgumentKind != ArgumentKind.DefaultValue) is not { } argument)
            {
                continue;
            }

            if (argument.Parameter!.Type.SpecialType == SpecialType.System_String)
            {
                if (EndpointResolver.Resolve(argument.Value, catalog) is not { } resolved)
                {
                    return null;
                }

                endpointOperand = argument.Value;
                endpoint = resolved;
            }
            else
            {
                endpoint = clients.Resolve(argument.Value);
            }

            break;
        }

        var context = ContextOf(invocation);
        return new EgressSite(invocation, api.Display, context is null ? shortApi : context.Name + " (" + method.Name + ")", EgressKind.Database,
            endpointOperand, endpoint, storedEntities: context is null ? default : EntitySets(context));
    }

    /// <summary>
    /// The personal data an EF Core context stores: its sets' entity types, each examined as a container
    /// ("AppDb.Customers.Email"); sets of entities without personal members add nothing.
    /// </summary>
    public static Payload ModelPayload(ImmutableArray<IPropertySymbol> sets, PersonalDataRecognizer recognizer)
    {
        var data = ImmutableArray.CreateBuilder<PersonalDataInfo>();
        foreach (var set in sets)
        {
            if (set.Type is INamedTypeSymbol { TypeArguments.Length: 1 } setType && recognizer.RecognizeType(setType.TypeArguments[0]) is { } info)
            {
                data.Add(info.Through(set.ContainingType.Name, set, set.ContainingType.Name + "." + set.Name));
            }
        }

        return data.Count == 0 ? Payload.Empty : new Payload(data.ToImmutable(), ImmutableArray<IParameterSymbol>.Empty);
    }

    /// <summary>
    /// What a command sends: the values set on a local command in its method (parameters added or assigned,
    /// its text) and the arguments it was created with. The command object itself is the provider's type,
    /// not data; a command that is no local is sent as it is.
    /// </summary>
    private static ImmutableArray<IOperation> CommandValues(IOperation command)
    {
        if (OperationFacts.Unwrap(command) is not ILocalReferenceOperation local)
        {
            return ImmutableArray.Create(command);
        }

        var root = (IOperation)local;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        var values = ImmutableArray.CreateBuilder<IOperation>();
        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                // var command = new SqlCommand(sql, connection) / connection.CreateCommand(sql): the text.
                case IVariableDeclaratorOperation { Initializer.Value: var initializer } declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local):
                    if (OperationFacts.Unwrap(initializer) is IObjectCreationOperation or IInvocationOperation)
                    {
                        values.AddRange(ArgumentsOf(OperationFacts.Unwrap(initializer)).Where(a => a.Type?.SpecialType == SpecialType.System_String));
                    }

                    break;

                // command.Parameters.AddWithValue("@email", email); command.Parameters.Add(parameter)
                case IInvocationOperation call when IsOn(call.Instance, local.Local):
                    values.AddRange(call.Arguments.Where(a => a.ArgumentKind != ArgumentKind.DefaultValue).Select(a => a.Value));
                    break;

                // command.Parameters.Add("@email", SqlDbType.NVarChar).Value = email; command.CommandText = ...
                case ISimpleAssignmentOperation assignment when IsOn(assignment.Target, local.Local):
                    values.Add(assignment.Value);
                    break;
            }
        }

        return values.ToImmutable();
    }

    private static System.Collections.Generic.IEnumerable<IOperation> ArgumentsOf(IOperation creation) => creation switch
    {
        IObjectCreationOperation c => c.Arguments.Select(a => a.Value),
        IInvocationOperation i => i.Arguments.Select(a => a.Value),
        _ => Enumerable.Empty<IOperation>(),
    };

    /// <summary>The operation is a member chain that starts at the local: command.Parameters, command.Parameters.Add(...).Value.</summary>
    private static bool IsOn(IOperation? operation, ILocalSymbol local)
    {
        for (var current = operation; current is not null;)
        {
            switch (OperationFacts.Unwrap(current))
            {
                case ILocalReferenceOperation reference:
                    return SymbolEqualityComparer.Default.Equals(reference.Local, local);
                case IMemberReferenceOperation member:
                    current = member.Instance;
                    break;
                case IInvocationOperation call:
                    current = call.Instance;
                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    private DatabaseApi? Match(IMethodSymbol method)
    {
        for (var current = method.ReducedFrom ?? method; current is not null; current = current.OverriddenMethod)
        {
            if (_byType.TryGetValue(current.ContainingType.OriginalDefinition, out var rows) && rows.FirstOrDefault(r => r.MemberName == current.Name) is { } row)
            {
                return row;
            }
        }

        return null;
    }

    /// <summary>
    /// The context a provider call configures: the type argument of a typed options builder, of an enclosing
    /// AddDbContext&lt;TContext&gt;(...) registration, or the context whose OnConfiguring makes the call.
    /// </summary>
    private INamedTypeSymbol? ContextOf(IInvocationOperation invocation)
    {
        if (_dbContext is null)
        {
            return null;
        }

        if (invocation.Arguments.FirstOrDefault()?.Value.Type is INamedTypeSymbol { TypeArguments.Length: 1 } builder && IsContext(builder.TypeArguments[0]) is { } typed)
        {
            return typed;
        }

        for (var parent = invocation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IInvocationOperation registration && registration.TargetMethod.TypeArguments.Reverse().Select(IsContext).FirstOrDefault(t => t is not null) is { } registered)
            {
                return registered;
            }
        }

        return invocation.SemanticModel?.GetEnclosingSymbol(invocation.Syntax.SpanStart)?.ContainingType is { } enclosing ? IsContext(enclosing) : null;
    }

    private INamedTypeSymbol? IsContext(ITypeSymbol type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, _dbContext))
            {
                return type as INamedTypeSymbol;
            }
        }

        return null;
    }

    /// <summary>The DbSet&lt;T&gt; properties of a context and its base contexts.</summary>
    private ImmutableArray<IPropertySymbol> EntitySets(INamedTypeSymbol context)
    {
        var sets = ImmutableArray.CreateBuilder<IPropertySymbol>();
        for (var current = context; current is not null && !SymbolEqualityComparer.Default.Equals(current, _dbContext); current = current.BaseType)
        {
            foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.Type is INamedTypeSymbol type && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, _dbSet))
                {
                    sets.Add(property);
                }
            }
        }

        return sets.ToImmutable();
    }
}
