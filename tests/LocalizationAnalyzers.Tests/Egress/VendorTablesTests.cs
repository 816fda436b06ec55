using System.Reflection;
using LocalizationAnalyzers.Egress;
using LocalizationAnalyzers.Tests.Infrastructure;
using Xunit;

namespace LocalizationAnalyzers.Tests.Egress;

/// <summary>
/// The request builder, database and SaaS vendor tables name real members of the real SDK assemblies,
/// with the parameters the analyzers read.
/// </summary>
public class VendorTablesTests
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;

    public static TheoryData<string, string> BuilderRows()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in RequestBuilderApis.All)
        {
            data.Add(row.TypeMetadataName, row.MemberName);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BuilderRows))]
    public void Builder_row_exists_with_its_value_parameters(string typeName, string memberName)
    {
        var row = RequestBuilderApis.All.First(r => r.TypeMetadataName == typeName && r.MemberName == memberName);
        var type = SdkTypes.Find(typeName);
        Assert.True(type is not null, $"{typeName} is not in any referenced SDK assembly");
        var parameters = type.GetMethods(All).Where(m => m.Name == memberName).SelectMany(m => m.GetParameters()).Select(p => p.Name).ToHashSet();
        Assert.True(parameters.Count > 0, $"{typeName}.{memberName} does not exist");
        Assert.All(row.ValueParameterNames, name => Assert.Contains(name, parameters));
    }

    public static TheoryData<string, string> DatabaseRows()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in DatabaseApis.All)
        {
            data.Add(row.TypeMetadataName, row.MemberName);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DatabaseRows))]
    public void Database_row_exists_in_the_provider(string typeName, string memberName)
    {
        var row = DatabaseApis.All.First(r => r.TypeMetadataName == typeName && r.MemberName == memberName);
        var type = SdkTypes.Find(typeName) ?? Type.GetType(typeName + ", System.Data.Common");
        Assert.True(type is not null, $"{typeName} is not in any referenced assembly");
        var methods = type.GetMethods(All).Where(m => m.Name == memberName).ToList();
        Assert.NotEmpty(methods);
        if (row.Shape == DatabaseApiShape.ContextProvider)
        {
            // The provider takes a connection string, a connection or a data source: the parameters the site reads.
            Assert.Contains(methods.SelectMany(m => m.GetParameters()), p => p.Name == "connectionString");
            Assert.All(methods.SelectMany(m => m.GetParameters()).Where(p => p.ParameterType == typeof(string)), p => Assert.Equal("connectionString", p.Name));
        }
        else
        {
            Assert.All(methods, m => Assert.False(m.IsStatic));
        }
    }

    [Fact]
    public void EF_Core_context_and_set_types_exist()
    {
        Assert.NotNull(SdkTypes.Find(DatabaseApis.DbContext));
        Assert.NotNull(SdkTypes.Find(DatabaseApis.DbSet));
    }

    [Fact]
    public void Every_SaaS_row_has_a_vendor_and_every_residency_method_exists()
    {
        Assert.All(PayloadApis.All.Where(r => r.Kind == EgressKind.Saas), r => Assert.NotNull(SaasApis.For(r.TypeMetadataName)));
        foreach (var vendor in SaasApis.Vendors.Where(v => v.ResidencyMethod is not null))
        {
            var assembly = SdkAssemblies.Loaded.First(a => a.GetName().Name + "." == vendor.NamespacePrefix);
            Assert.Contains(assembly.GetExportedTypes().SelectMany(t => t.GetMethods(All)), m => m.Name == vendor.ResidencyMethod && m.GetParameters().Length == 1);
        }
    }

    [Fact]
    public void Generated_client_markers_exist()
    {
        Assert.NotNull(SdkTypes.Find(GeneratedClients.GrpcClientBase));
        Assert.True(typeof(Attribute).IsAssignableFrom(SdkTypes.Find(GeneratedClients.RefitMethodAttribute)));
    }
}
