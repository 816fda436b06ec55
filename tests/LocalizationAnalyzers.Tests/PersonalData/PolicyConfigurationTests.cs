using LocalizationAnalyzers.PersonalData;
using Xunit;

namespace LocalizationAnalyzers.Tests.PersonalData;

/// <summary>
/// data_localization.personal_data_types / _members / _attributes, not_personal_data_members and
/// name_heuristics (SPEC §2), read from .globalconfig lines by the real policy reader.
/// </summary>
public class PolicyConfigurationTests
{
    private const string Source = """
        using System;
        using System.ComponentModel.DataAnnotations;

        namespace Shop
        {
            public sealed class ConfidentialAttribute : Attribute { }

            public interface IPerson { }
            public class Lead { public int Score; }
            public class HotLead : Lead { }
            public class Visitor : IPerson { public int Visits; }
            public class Campaign { public Lead[] Leads = Array.Empty<Lead>(); }
            public class Outer { public class Inner { public int Value; } }

            public class Ticket
            {
                public string Notes = "";
                public string HolderPhone = "";
                public virtual string Reference { get; set; } = "";
                public string Email = "";
                [EmailAddress] public string ReplyTo = "";
                [Confidential] public string Code = "";
                public string Subject = "";
                public string DateOfBirth = "";
            }

            public class SpecialTicket : Ticket
            {
                public override string Reference { get; set; } = "";
            }

            public class Sender
            {
                public void Send(string email) { }
            }
        }
        """;

    private static readonly RecognizerCompilation Configured = RecognizerCompilation.Create(
        Source,
        "data_localization.personal_data_types = Shop.Lead, Shop.IPerson, Shop.Outer.Inner",
        "data_localization.personal_data_members = Shop.Ticket.Notes, Shop.Ticket.HolderPhone, Shop.Ticket.Reference",
        "data_localization.personal_data_attributes = Shop.Confidential",
        "data_localization.not_personal_data_members = Shop.Ticket.Email, Shop.Ticket.ReplyTo");

    private static readonly RecognizerCompilation NoNames = RecognizerCompilation.Create(
        Source,
        "data_localization.personal_data_members = Shop.Ticket.Notes",
        "data_localization.name_heuristics = false");

    private static readonly RecognizerCompilation Default = RecognizerCompilation.Create(Source);

    [Theory]
    [InlineData("Shop.Lead", "Lead", "Lead")]
    [InlineData("Shop.HotLead", "HotLead", "HotLead")] // a subtype's instances are the configured type's instances
    [InlineData("Shop.Visitor", "Visitor", "Visitor")] // and so are an interface's
    [InlineData("Shop.Outer+Inner", "Inner", "Inner")] // nested types are written with dots
    [InlineData("Shop.Campaign", "Campaign.Leads", "Campaign.Leads")] // containers of them
    public void Configured_types(string type, string path, string source)
    {
        var info = Configured.RecognizeType(type);

        Assert.Equal(
            ("personal_data", PersonalDataEvidence.Configuration, PersonalDataRecognizer.ConfiguredTypesEvidence, path, source),
            (info?.CategoryName, info?.RecognizedBy, info?.Evidence, info?.Path, info?.Source));
        Assert.Null(Default.RecognizeType(type));
    }

    [Theory]
    [InlineData("Shop.Ticket", "Notes", "personal_data")]
    [InlineData("Shop.Ticket", "HolderPhone", "contact")] // the category still comes from the name
    [InlineData("Shop.Ticket", "Reference", "personal_data")]
    [InlineData("Shop.SpecialTicket", "Reference", "personal_data")] // an override is the member it overrides
    public void Configured_members(string type, string member, string category)
    {
        var info = Configured.Recognize(type, member);

        Assert.Equal(
            (category, PersonalDataEvidence.Configuration, PersonalDataRecognizer.ConfiguredMembersEvidence),
            (info?.CategoryName, info?.RecognizedBy, info?.Evidence));
        Assert.NotEqual(PersonalDataEvidence.Configuration, Default.Recognize(type, member)?.RecognizedBy);
    }

    [Fact]
    public void Configured_attribute_named_without_its_suffix()
    {
        Assert.Equal("[Confidential]", Configured.Recognize("Shop.Ticket", "Code")?.Evidence);
        Assert.Null(Default.Recognize("Shop.Ticket", "Code"));
    }

    [Fact]
    public void Not_personal_data_members_silence_the_name_heuristic_only()
    {
        Assert.Equal(PersonalDataEvidence.Name, Default.Recognize("Shop.Ticket", "Email")?.RecognizedBy);
        Assert.Null(Configured.Recognize("Shop.Ticket", "Email"));
        // An attribute is not a guess: it still counts.
        Assert.Equal("[EmailAddress]", Configured.Recognize("Shop.Ticket", "ReplyTo")?.Evidence);
        Assert.Equal("birth_date", Configured.Recognize("Shop.Ticket", "DateOfBirth")?.CategoryName);
    }

    [Fact]
    public void Without_name_heuristics_only_attributes_configuration_and_well_known_data_count()
    {
        Assert.Null(NoNames.Recognize("Shop.Ticket", "Email"));
        Assert.Null(NoNames.Recognize("Shop.Ticket", "DateOfBirth"));
        Assert.Null(NoNames.Recognizer.Recognize(NoNames.Declared("email")));
        Assert.Equal("[EmailAddress]", NoNames.Recognize("Shop.Ticket", "ReplyTo")?.Evidence);
        Assert.Equal(PersonalDataEvidence.Configuration, NoNames.Recognize("Shop.Ticket", "Notes")?.RecognizedBy);
        Assert.Equal("Ticket.ReplyTo", NoNames.RecognizeType("Shop.Ticket")?.Path);
        Assert.Equal("MailAddress", NoNames.RecognizeType("System.Net.Mail.MailAddress")?.Evidence);
        Assert.Equal("contact", Default.Recognizer.Recognize(Default.Declared("email"))?.CategoryName);
    }
}
