using LocalizationAnalyzers.PersonalData;
using Microsoft.CodeAnalysis;
using Xunit;

namespace LocalizationAnalyzers.Tests.PersonalData;

/// <summary>
/// Attributes (SPEC §3, first in confidence), compiled against the real ASP.NET Core Identity,
/// DataAnnotations and Microsoft.Extensions.Compliance assemblies.
/// </summary>
public class AttributeRecognitionTests
{
    private const string Source = """
        using System;
        using System.ComponentModel.DataAnnotations;
        using Microsoft.AspNetCore.Identity;
        using Microsoft.Extensions.Compliance.Classification;

        namespace Contoso.Compliance
        {
            public sealed class PiiAttribute : Attribute { }
            public sealed class SensitiveData : Attribute { }
            public sealed class PersonalInformationAttribute : Attribute { }
            public sealed class ConfidentialAttribute : Attribute { }
            public sealed class RestrictedAttribute : Attribute { }
            public sealed class InternalOnlyAttribute : Attribute { }
        }

        namespace Shop
        {
            using Contoso.Compliance;

            public static class Taxonomy
            {
                public static DataClassification Private => new("Shop", "Private");
            }

            public sealed class PrivateDataAttribute : DataClassificationAttribute
            {
                public PrivateDataAttribute() : base(Taxonomy.Private) { }
            }

            public class Account
            {
                [EmailAddress] public string Login { get; set; } = "";
                [Phone] public string Reach { get; set; } = "";
                [CreditCard] public string Card { get; set; } = "";
                [PersonalData] public string Nickname2 { get; set; } = "";
                [ProtectedPersonalData] public string Secret { get; set; } = "";
                [PrivateData] public string Notes = "";
                [PrivateData] public string Passport = "";
                [NoDataClassification] public string Email = "";
                [UnknownDataClassification] public string BackupEmail = "";
                [Pii] public string Value1 = "";
                [SensitiveData] public string Value2 = "";
                [PersonalInformation] public string Value3 = "";
                [SensitiveData] public string WorkEmail = "";
                [PersonalData, EmailAddress] public string Both { get; set; } = "";
                [Confidential] public string Value4 = "";
                [Restricted] public string Value5 = "";
                [InternalOnly] public string Value6 = "";
                [Obsolete] public string Value7 = "";

                public void Register([EmailAddress] string login, [Pii] int code) { }

                [return: Pii]
                public string Compute() => "";
            }

            public class Base
            {
                [PersonalData] public virtual string Secret { get; set; } = "";
            }

            public class Derived : Base
            {
                public override string Secret { get; set; } = "";
            }

            [Pii]
            public class Lead
            {
                public int Score;
            }

            public class HotLead : Lead { }

            [SensitiveData]
            public class MedicalFile { }

            public class Audit
            {
                [NoDataClassification] public Account Who = new();
                public int Count;
            }

            public class Session
            {
                public Account Who = new();
            }

            [NoDataClassification]
            public class PublicProfile
            {
                public string Email = "";
            }
        }
        """;

    private static readonly RecognizerCompilation Compilation = RecognizerCompilation.Create(
        Source,
        "data_localization.personal_data_attributes = Contoso.Compliance.ConfidentialAttribute, Contoso.Compliance.Restricted");

    [Theory]
    [InlineData("Login", "contact", false, "[EmailAddress]")]
    [InlineData("Reach", "contact", false, "[Phone]")]
    [InlineData("Card", "financial", true, "[CreditCard]")]
    [InlineData("Nickname2", "name", false, "[PersonalData]")]
    [InlineData("Secret", "personal_data", false, "[ProtectedPersonalData]")]
    [InlineData("Notes", "personal_data", false, "[PrivateData]")]
    [InlineData("Passport", "government_id", true, "[PrivateData]")]
    [InlineData("Value1", "personal_data", false, "[Pii]")]
    [InlineData("Value2", "personal_data", true, "[SensitiveData]")]
    [InlineData("Value3", "personal_data", false, "[PersonalInformation]")]
    [InlineData("WorkEmail", "contact", true, "[SensitiveData]")]
    [InlineData("Both", "contact", false, "[PersonalData]")]
    [InlineData("Value4", "personal_data", false, "[Confidential]")]
    [InlineData("Value5", "personal_data", false, "[Restricted]")]
    public void Attributed_members(string member, string category, bool sensitive, string evidence)
    {
        var symbol = Compilation.Member("Shop.Account", member);

        var info = Compilation.Recognizer.Recognize(symbol);

        Assert.NotNull(info);
        Assert.Equal((category, sensitive, PersonalDataEvidence.Attribute, evidence), (info.CategoryName, info.IsSensitive, info.RecognizedBy, info.Evidence));
        Assert.Equal("Account." + member, info.Source);
    }

    [Fact]
    public void NoDataClassification_silences_even_a_personal_name()
    {
        Assert.Null(Compilation.Recognize("Shop.Account", "Email"));
    }

    [Fact]
    public void UnknownDataClassification_is_no_classification_so_the_name_decides()
    {
        var info = Compilation.Recognize("Shop.Account", "BackupEmail");

        Assert.Equal((PersonalDataEvidence.Name, "contact"), (info?.RecognizedBy, info?.CategoryName));
    }

    [Theory]
    [InlineData("Value6")] // an attribute nobody configured
    [InlineData("Value7")] // [Obsolete]
    public void Other_attributes_say_nothing(string member)
    {
        Assert.Null(Compilation.Recognize("Shop.Account", member));
    }

    [Fact]
    public void Attributed_parameters_and_return_values()
    {
        var register = (IMethodSymbol)Compilation.Member("Shop.Account", "Register");
        var compute = Compilation.Member("Shop.Account", "Compute");

        Assert.Equal(("contact", "[EmailAddress]", "login"), Describe(Compilation.Recognizer.Recognize(register.Parameters[0])));
        Assert.Equal(("personal_data", "[Pii]", "code"), Describe(Compilation.Recognizer.Recognize(register.Parameters[1])));
        Assert.Equal(("personal_data", "[Pii]", "Account.Compute"), Describe(Compilation.Recognizer.Recognize(compute)));
    }

    [Fact]
    public void An_override_keeps_the_attribute_of_the_property_it_overrides()
    {
        var info = Compilation.Recognize("Shop.Derived", "Secret");

        Assert.Equal(("personal_data", "[PersonalData]", "Derived.Secret"), Describe(info));
    }

    [Fact]
    public void Attributed_types_and_their_subtypes()
    {
        Assert.Equal(("personal_data", "[Pii]", "Lead"), Describe(Compilation.RecognizeType("Shop.Lead")));
        Assert.Equal(("personal_data", "[Pii]", "HotLead"), Describe(Compilation.RecognizeType("Shop.HotLead")));
        var medical = Compilation.RecognizeType("Shop.MedicalFile");
        Assert.Equal((true, PersonalDataEvidence.Attribute), (medical?.IsSensitive, medical?.RecognizedBy));
        Assert.Null(Compilation.RecognizeType("Shop.PublicProfile"));
    }

    [Fact]
    public void A_member_marked_NoDataClassification_is_not_examined_as_a_container()
    {
        Assert.Equal("Session.Who.Card", Compilation.RecognizeType("Shop.Session")?.Path);
        Assert.Null(Compilation.RecognizeType("Shop.Audit"));
    }

    [Theory]
    [InlineData("Id", "personal_data", "[PersonalData]")]
    [InlineData("UserName", "online_id", "[ProtectedPersonalData]")]
    [InlineData("Email", "contact", "[ProtectedPersonalData]")]
    [InlineData("PhoneNumber", "contact", "[ProtectedPersonalData]")]
    [InlineData("EmailConfirmed", "contact", "[PersonalData]")]
    public void IdentityUser_members_are_marked_in_the_framework_assembly(string member, string category, string evidence)
    {
        var info = Compilation.Recognize("Microsoft.AspNetCore.Identity.IdentityUser`1", member);

        Assert.Equal((category, evidence, "IdentityUser." + member), Describe(info));
    }

    [Fact]
    public void IdentityUser_members_not_marked_are_not_personal_data()
    {
        Assert.Null(Compilation.Recognize("Microsoft.AspNetCore.Identity.IdentityUser`1", "SecurityStamp"));
        Assert.Null(Compilation.Recognize("Microsoft.AspNetCore.Identity.IdentityUser`1", "NormalizedEmail"));
    }

    private static (string?, string?, string?) Describe(PersonalDataInfo? info) => (info?.CategoryName, info?.Evidence, info?.Source);
}
