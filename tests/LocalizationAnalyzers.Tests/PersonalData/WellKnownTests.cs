using System.Security.Claims;
using LocalizationAnalyzers.PersonalData;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Xunit;

namespace LocalizationAnalyzers.Tests.PersonalData;

/// <summary>Data/well_known.tsv against the real assemblies, and what the recognizer makes of it.</summary>
public class WellKnownTests
{
    private const string Source = """
        using System.Net.Mail;
        using System.Security.Claims;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Identity;

        namespace Shop;

        public class ApplicationUser : IdentityUser
        {
            public int Level { get; set; }
        }

        public class Endpoints
        {
            public void Handle(HttpContext context, ClaimsPrincipal user, ClaimsIdentity identity, MailAddress to)
            {
                var ip = context.Connection.RemoteIpAddress;
                var userName = user.Identity!.Name;
                var email = user.FindFirst(ClaimTypes.Email);
                var givenName = user.FindFirstValue(ClaimTypes.GivenName);
                var all = identity.FindAll("phone_number");
                var role = user.FindFirst(ClaimTypes.Role);
                var byPredicate = user.FindFirst(c => c.Type == ClaimTypes.Email);
                var has = user.HasClaim(ClaimTypes.Email, "a@b.c");
                var address = to.Address;
            }
        }
        """;

    private static readonly RecognizerCompilation Compilation = RecognizerCompilation.Create(Source);

    public static TheoryData<string> Rows(string kind)
    {
        var data = new TheoryData<string>();
        foreach (var entry in WellKnownPersonalData.Instance.Entries.Where(e => e.Kind.ToString() == kind))
        {
            data.Add(entry.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows), "Type")]
    [MemberData(nameof(Rows), "Container")]
    public void Every_type_row_names_a_real_type(string name)
    {
        Assert.NotNull(Compilation.Compilation.GetTypeByMetadataName(name));
    }

    [Theory]
    [MemberData(nameof(Rows), "Member")]
    public void Every_member_row_names_a_real_member(string name)
    {
        var entry = WellKnownPersonalData.Instance.Entries.Single(e => e.Name == name);
        var type = Compilation.Type(entry.TypeName);

        var member = Assert.Single(type.GetMembers(entry.MemberName));

        var info = Compilation.Recognizer.Recognize(member);
        Assert.Equal((entry.Category, PersonalDataEvidence.WellKnown, entry.Display), (info?.Category, info?.RecognizedBy, info?.Evidence));
    }

    [Theory]
    [MemberData(nameof(Rows), "Claim")]
    public void Every_ClaimTypes_row_has_the_constants_value(string name)
    {
        var entry = WellKnownPersonalData.Instance.Entries.Single(e => e.Name == name);
        if (entry.Display.StartsWith("ClaimTypes.", StringComparison.Ordinal))
        {
            var field = typeof(ClaimTypes).GetField(entry.Display.Substring("ClaimTypes.".Length));
            Assert.Equal(name, field?.GetValue(null));
        }
        else
        {
            Assert.Equal("OpenID Connect " + name, entry.Display);
        }

        var info = Compilation.Recognizer.RecognizeClaimType(name.ToUpperInvariant());
        Assert.Equal((entry.Category, entry.Display, PersonalDataEvidence.WellKnown), (info?.Category, info?.Source, info?.RecognizedBy));
    }

    [Fact]
    public void Table_sizes()
    {
        var counts = WellKnownPersonalData.Instance.Entries.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(
            new Dictionary<WellKnownKind, int> { [WellKnownKind.Type] = 6, [WellKnownKind.Member] = 9, [WellKnownKind.Container] = 1, [WellKnownKind.Claim] = 23 },
            counts);
    }

    [Theory]
    [InlineData("System.Net.Mail.MailAddress", "MailAddress")]
    [InlineData("System.Net.Mail.MailAddressCollection", "MailAddressCollection")]
    [InlineData("System.Net.Mail.MailMessage", "MailMessage")]
    [InlineData("MimeKit.MailboxAddress", "MailboxAddress")]
    [InlineData("MimeKit.InternetAddressList", "InternetAddressList")]
    [InlineData("MimeKit.MimeMessage", "MimeMessage")]
    public void Well_known_types_are_contact_data(string metadataName, string display)
    {
        var info = Compilation.RecognizeType(metadataName);

        Assert.Equal(("contact", PersonalDataEvidence.WellKnown, display, display), (info?.CategoryName, info?.RecognizedBy, info?.Source, info?.Path));
        Assert.Equal(Compilation.Type(metadataName), info!.Symbol, SymbolEqualityComparer.Default);
    }

    [Fact]
    public void A_MailAddress_parameter_holds_contact_data_through_its_type()
    {
        var to = Compilation.Declared("to");

        Assert.Null(Compilation.Recognizer.Recognize(to));
        var info = Compilation.Recognizer.RecognizeValue(to);
        Assert.Equal(("contact", "to", "to", "MailAddress"), (info?.CategoryName, info?.Source, info?.Path, info?.Evidence));
        Assert.Equal(to, info!.Symbol, SymbolEqualityComparer.Default);
    }

    [Theory]
    [InlineData("context.Connection.RemoteIpAddress", "online_id", "ConnectionInfo.RemoteIpAddress")]
    [InlineData("user.Identity!.Name", "name", "IIdentity.Name")]
    [InlineData("to.Address", "contact", "MailAddress.Address")]
    public void Well_known_members_as_the_code_reaches_them(string expression, string category, string evidence)
    {
        var symbol = SymbolOf<MemberAccessExpressionSyntax>(expression);

        var info = Compilation.Recognizer.Recognize(symbol);

        Assert.Equal((category, PersonalDataEvidence.WellKnown, evidence, evidence), (info?.CategoryName, info?.RecognizedBy, info?.Evidence, info?.Source));
    }

    [Theory]
    [InlineData("user.FindFirst(ClaimTypes.Email)", "contact", "ClaimTypes.Email")]
    [InlineData("user.FindFirstValue(ClaimTypes.GivenName)", "name", "ClaimTypes.GivenName")]
    [InlineData("identity.FindAll(\"phone_number\")", "contact", "OpenID Connect phone_number")]
    [InlineData("user.FindFirst(ClaimTypes.Role)", null, null)]
    [InlineData("user.FindFirst(c => c.Type == ClaimTypes.Email)", null, null)]
    [InlineData("user.HasClaim(ClaimTypes.Email, \"a@b.c\")", null, null)]
    public void Claim_lookups_by_constant_type(string expression, string? category, string? source)
    {
        var invocation = Invocation(expression);

        var info = Compilation.Recognizer.RecognizeClaimLookup(invocation);

        Assert.Equal((category, source), (info?.CategoryName, info?.Source));
    }

    [Fact]
    public void IdentityUser_is_examined_as_a_container_of_its_marked_members()
    {
        var info = Compilation.RecognizeType("Shop.ApplicationUser");

        // Id is marked too, but a known category beats personal_data; UserName is the first of those.
        Assert.Equal(
            ("online_id", PersonalDataEvidence.Attribute, "[ProtectedPersonalData]", "ApplicationUser.UserName", "IdentityUser.UserName"),
            (info?.CategoryName, info?.RecognizedBy, info?.Evidence, info?.Path, info?.Source));
    }

    [Fact]
    public void Other_framework_types_are_not_examined()
    {
        Assert.Null(Compilation.RecognizeType("System.Net.Http.HttpClient"));
        Assert.Null(Compilation.RecognizeType("Microsoft.AspNetCore.Http.HttpContext"));
        Assert.Null(Compilation.RecognizeType("System.Security.Claims.ClaimsPrincipal"));
    }

    private ISymbol SymbolOf<TSyntax>(string text)
        where TSyntax : SyntaxNode
    {
        var tree = Compilation.Compilation.SyntaxTrees.Single();
        var node = tree.GetRoot().DescendantNodes().OfType<TSyntax>().Single(n => n.ToString() == text);
        return Compilation.Compilation.GetSemanticModel(tree).GetSymbolInfo(node).Symbol!;
    }

    private IInvocationOperation Invocation(string text)
    {
        var tree = Compilation.Compilation.SyntaxTrees.Single();
        var node = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().Single(n => n.ToString() == text);
        return (IInvocationOperation)Compilation.Compilation.GetSemanticModel(tree).GetOperation(node)!;
    }
}
