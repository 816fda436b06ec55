using LocalizationAnalyzers.Egress;
using LocalizationAnalyzers.PersonalData;
using Xunit;

namespace LocalizationAnalyzers.Tests.PersonalData;

/// <summary>The SDK namespaces whose shapes are not walked as containers cover every SDK the egress tables name.</summary>
public class SdkNamespacesTests
{
    [Fact]
    public void Every_egress_table_root_namespace_is_an_SDK_namespace()
    {
        var names = PayloadApis.All.Select(a => a.TypeMetadataName)
            .Concat(EndpointApis.All.Select(a => a.TypeMetadataName))
            .Concat(RegionApis.MemberTypes.Select(t => t.MetadataName))
            .Concat(RegionApis.StringSinks.Select(s => s.TypeMetadataName))
            .Concat(SovereignCloudApis.All.Select(s => s.TypeMetadataName));

        var missing = names.Select(n => n.Split('.')[0]).Distinct().Where(root => !SdkNamespaces.Roots.Contains(root)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Types_of_the_compilation_and_of_other_libraries_are_still_walked()
    {
        var compilation = RecognizerCompilation.Create("""
            namespace Amazon.Shop { public class Buyer { public string Email { get; set; } = ""; } }
            namespace Shop { public class Holder { public System.Net.Mail.MailAddress? Contact { get; set; } } }
            """);

        // A source type under an SDK root is the compilation's own: still a container.
        Assert.NotNull(compilation.RecognizeType("Amazon.Shop.Buyer"));
        Assert.False(SdkNamespaces.Contains(compilation.Type("Amazon.Shop.Buyer")));
        Assert.True(SdkNamespaces.Contains(compilation.Type("System.Net.Mail.MailAddress")));
        Assert.True(SdkNamespaces.Contains(compilation.Type("MimeKit.MimeMessage")));
    }
}
