using System.Reflection;
using LocalizationAnalyzers.Egress;
using LocalizationAnalyzers.Tests.Infrastructure;
using Xunit;

namespace LocalizationAnalyzers.Tests.Egress;

/// <summary>Every endpoint row names a real member of the real SDK assembly, with that parameter.</summary>
public class EndpointApisTests
{
    public static TheoryData<string, string, string?> Rows()
    {
        var data = new TheoryData<string, string, string?>();
        foreach (var row in EndpointApis.All)
        {
            data.Add(row.TypeMetadataName, row.MemberName, row.ParameterName);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Row_exists_in_the_SDK(string typeName, string memberName, string? parameterName)
    {
        var type = SdkTypes.Find(typeName);
        if (type is null && VendorMirrors.Find(typeName) is { } mirrored)
        {
            // Not served here: the source-declared mirror of the vendor's public API (VendorMirrors cites the source).
            Assert.True(parameterName is null
                ? mirrored.GetMembers(memberName).OfType<Microsoft.CodeAnalysis.IPropertySymbol>().Any(p => p.SetMethod?.DeclaredAccessibility == Microsoft.CodeAnalysis.Accessibility.Public)
                : mirrored.GetMembers(memberName == ".ctor" ? ".ctor" : memberName).OfType<Microsoft.CodeAnalysis.IMethodSymbol>().Any(m => m.Parameters.Any(p => p.Name == parameterName)),
                $"{typeName}.{memberName} is not in the mirror");
            return;
        }

        Assert.True(type is not null, $"{typeName} is not in any referenced SDK assembly");

        const BindingFlags all = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;
        if (parameterName is null)
        {
            var property = type.GetProperty(memberName, all);
            Assert.True(property?.SetMethod?.IsPublic == true, $"{typeName}.{memberName} is not a public settable property");
            return;
        }

        var methods = memberName == ".ctor"
            ? type.GetConstructors().Cast<MethodBase>()
            : type.GetMethods(all).Where(m => m.Name == memberName);
        Assert.Contains(methods, m => m.GetParameters().Any(p => p.Name == parameterName));
    }
}
