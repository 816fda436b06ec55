using System.Reflection;
using LocalizationAnalyzers.Egress;
using LocalizationAnalyzers.Tests.Infrastructure;
using Xunit;

namespace LocalizationAnalyzers.Tests.Egress;

/// <summary>Every payload row names a real member of the real SDK assembly, with those parameters.</summary>
public class PayloadApisTests
{
    public static TheoryData<string, string> Rows()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in PayloadApis.All)
        {
            data.Add(row.TypeMetadataName, row.MemberName);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Row_exists_in_the_SDK_with_its_payload_and_endpoint_parameters(string typeName, string memberName)
    {
        var row = PayloadApis.All.First(r => r.TypeMetadataName == typeName && r.MemberName == memberName);
        var type = SdkTypes.Find(typeName);
        if (type is null && VendorMirrors.Find(typeName) is { } mirrored)
        {
            // Not served here: the source-declared mirror of the vendor's public API (VendorMirrors cites the source).
            var mirroredParameters = mirrored.GetMembers(memberName).OfType<Microsoft.CodeAnalysis.IMethodSymbol>()
                .SelectMany(m => m.Parameters).Select(p => p.Name).ToHashSet();
            Assert.True(mirroredParameters.Count > 0, $"{typeName}.{memberName} is not in the mirror");
            Assert.All(row.PayloadParameterNames.Append(row.EndpointParameter).OfType<string>(), name => Assert.Contains(name, mirroredParameters));
            return;
        }

        Assert.True(type is not null, $"{typeName} is not in any referenced SDK assembly");

        const BindingFlags all = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;
        if (row.PayloadParameters is null)
        {
            Assert.True(type.GetProperty(memberName, all)?.SetMethod?.IsPublic == true, $"{typeName}.{memberName} is not a settable property");
            return;
        }

        var parameters = type.GetMethods(all).Where(m => m.Name == memberName).SelectMany(m => m.GetParameters()).Select(p => p.Name).ToHashSet();
        Assert.True(parameters.Count > 0, $"{typeName}.{memberName} does not exist");
        foreach (var name in row.PayloadParameterNames.Append(row.EndpointParameter).OfType<string>())
        {
            Assert.True(parameters.Contains(name), $"{typeName}.{memberName} has no parameter '{name}'");
        }
    }

    [Fact]
    public void The_mirror_of_unserved_vendor_APIs_compiles_against_the_real_AWS_core()
    {
        Assert.Empty(VendorMirrors.Errors);
        Assert.All(PayloadApis.All.Where(r => SdkTypes.Find(r.TypeMetadataName) is null), r => Assert.NotNull(VendorMirrors.Find(r.TypeMetadataName)));
    }
}
