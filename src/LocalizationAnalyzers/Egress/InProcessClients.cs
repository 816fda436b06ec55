using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LocalizationAnalyzers.Egress;

/// <summary>
/// Test hosts whose HttpClients and handlers never leave the process (SPEC §4, issue 11): ASP.NET Core's
/// WebApplicationFactory and TestServer. A client (or a client built on a handler) from these is not an
/// egress site: no DLOC004, no inventory row. Data, not logic; member names from dotnet/aspnetcore
/// src/Mvc/Mvc.Testing/src/WebApplicationFactory.cs and src/Hosting/TestHost/src/TestServer.cs,
/// HostBuilderTestServerExtensions.cs, WebHostBuilderExtensions.cs.
/// </summary>
internal static class InProcessClients
{
    /// <summary>Declaring type (metadata name) and the members that create an in-process client or handler.</summary>
    private static readonly ImmutableArray<(string Type, ImmutableArray<string> Members)> s_factories = ImmutableArray.Create(
        ("Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory`1", ImmutableArray.Create("CreateClient", "CreateDefaultClient")),
        ("Microsoft.AspNetCore.TestHost.TestServer", ImmutableArray.Create("CreateClient", "CreateHandler")),
        ("Microsoft.AspNetCore.TestHost.HostBuilderTestServerExtensions", ImmutableArray.Create("GetTestClient")),
        ("Microsoft.AspNetCore.TestHost.WebHostBuilderExtensions", ImmutableArray.Create("GetTestClient")));

    /// <summary>factory.CreateClient(), server.CreateHandler(), host.GetTestClient(), also on a subclass of the factory.</summary>
    public static bool IsFactoryCall(IMethodSymbol method)
    {
        var depth = 0;
        for (var type = method.ContainingType; type is not null && depth < 8; type = type.BaseType, depth++)
        {
            var name = type.OriginalDefinition.ContainingNamespace?.ToDisplayString() + "." + type.OriginalDefinition.MetadataName;
            foreach (var (factory, members) in s_factories)
            {
                if (name == factory)
                {
                    return members.Contains(method.Name);
                }
            }

            if (method.OverriddenMethod is { } overridden)
            {
                method = overridden;
            }
        }

        return false;
    }
}
