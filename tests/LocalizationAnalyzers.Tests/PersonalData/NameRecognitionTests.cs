using LocalizationAnalyzers.PersonalData;
using Microsoft.CodeAnalysis;
using Xunit;

namespace LocalizationAnalyzers.Tests.PersonalData;

/// <summary>The name heuristic on real symbols: members, parameters, locals, getters, tuple elements.</summary>
public class NameRecognitionTests
{
    private const string Source = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;

        namespace Shop;

        public enum Gender { Female, Male }

        public interface IEmailService { }

        public class Customer
        {
            public const string EmailKey = "email";

            public Customer(string name, string email) { Name = name; Email = email; }

            public string Name { get; set; }
            public string Email { get; set; }
            public string? PhoneNumber;
            public bool EmailConfirmed { get; set; }
            public DateTime EmailVerifiedAt { get; set; }
            public DateTime DateOfBirth { get; set; }
            public DateOnly? Birthday { get; set; }
            public Gender Gender { get; set; }
            public string FileName { get; set; } = "";
            public string PassportNo { get; set; } = "";
            public IEmailService Mailer { get; set; } = null!;
            public IEmailService EmailService { get; set; } = null!;
            public List<string> Emails { get; } = new();
            public Guid DeviceId { get; set; }
            public System.Net.IPAddress? ClientIp { get; set; }
            public Func<string> EmailFactory { get; set; } = null!;
            public static string BackupEmail = "help@shop.example";
            public static string SupportEmail = "help@shop.example";
            public string GetUserIdByEmail() => "";
            public string GetAddress(string host) => "https://" + host;
            public string GetEmail() => Email;
            public Task<string> GetPhoneAsync() => Task.FromResult("");
            public void SendEmail(string to) { }
            public (string Email, int Count) Pair() => ("", 0);
        }

        public class Product
        {
            public string Name { get; set; } = "";
            public string DisplayName { get; set; } = "";
        }

        public class CustomerDto
        {
            public string Name = "";
            public string DisplayName = "";
            public string CompanyName = "";
        }

        public record Patient(string Name, string BloodType);

        public class Handler
        {
            public void Handle(string customerEmail, string name, bool hasEmail, IEmailService emailService, IEnumerable<string> phones, string to)
            {
                var dateOfBirth = "1990-01-01";
                var (email, count) = ("a@b.c", 1);
                foreach (var phone in phones) { }
                var shenFenZheng = "110101199003070000";
                Console.WriteLine(dateOfBirth + email + count + shenFenZheng + Environment.UserName);
                var address = new System.Net.Mail.MailAddress("a@b.c");
            }
        }
        """;

    private static readonly RecognizerCompilation Compilation = RecognizerCompilation.Create(Source);

    [Theory]
    [InlineData("Email", "contact", false, "email")]
    [InlineData("PhoneNumber", "contact", false, "phone number")]
    [InlineData("DateOfBirth", "birth_date", false, "date of birth")]
    [InlineData("Birthday", "birth_date", false, "birthday")]
    [InlineData("Gender", "demographic", false, "gender")]
    [InlineData("PassportNo", "government_id", true, "passport no")]
    [InlineData("Emails", "contact", false, "email")]
    [InlineData("DeviceId", "online_id", false, "device id")]
    [InlineData("ClientIp", "online_id", false, "ip")]
    [InlineData("Name", "name", false, "name")]
    [InlineData("BackupEmail", "contact", false, "email")]
    [InlineData("GetEmail", "contact", false, "email")]
    [InlineData("GetPhoneAsync", "contact", false, "phone")]
    public void Members_named_as_personal_data(string member, string category, bool sensitive, string words)
    {
        var symbol = Compilation.Member("Shop.Customer", member);

        var info = Compilation.Recognizer.Recognize(symbol);

        Assert.NotNull(info);
        Assert.Equal(category, info.CategoryName);
        Assert.Equal(sensitive, info.IsSensitive);
        Assert.Equal(PersonalDataEvidence.Name, info.RecognizedBy);
        Assert.Equal(words, info.Evidence);
        Assert.Equal("Customer." + member, info.Source);
        Assert.Equal("Customer." + member, info.Path);
        Assert.Equal(symbol, info.Symbol, SymbolEqualityComparer.Default);
    }

    [Theory]
    [InlineData("EmailKey")] // a constant is a key or label
    [InlineData("EmailConfirmed")] // bool
    [InlineData("EmailVerifiedAt")] // a date is only ever a birth date
    [InlineData("FileName")] // exclusion
    [InlineData("Mailer")]
    [InlineData("EmailService")] // an interface, and a metadata word
    [InlineData("EmailFactory")] // a delegate
    [InlineData("SendEmail")] // not a getter
    [InlineData("GetUserIdByEmail")] // "By" names the key: it returns an id
    [InlineData("GetAddress")] // computed from its parameters (a URL), not a getter
    [InlineData("SupportEmail")] // the organisation's help desk (exclusion)
    public void Members_that_are_not_personal_data(string member)
    {
        Assert.Null(Compilation.Recognize("Shop.Customer", member));
    }

    [Fact]
    public void A_property_getter_answers_for_its_property()
    {
        var property = (IPropertySymbol)Compilation.Member("Shop.Customer", "Email");

        Assert.Same(Compilation.Recognizer.Recognize(property), Compilation.Recognizer.Recognize(property.GetMethod!));
    }

    [Fact]
    public void Bare_name_counts_on_person_types_only()
    {
        Assert.Equal("name", Compilation.Recognize("Shop.CustomerDto", "Name")?.CategoryName);
        Assert.Equal("name", Compilation.Recognize("Shop.CustomerDto", "DisplayName")?.CategoryName);
        Assert.Null(Compilation.Recognize("Shop.CustomerDto", "CompanyName"));
        Assert.Null(Compilation.Recognize("Shop.Product", "Name"));
        Assert.Null(Compilation.Recognize("Shop.Product", "DisplayName"));
    }

    [Fact]
    public void Record_positional_properties_and_their_parameters()
    {
        var bloodType = Compilation.Recognize("Shop.Patient", "BloodType");
        Assert.Equal(("health", true, "Patient.BloodType"), (bloodType?.CategoryName, bloodType?.IsSensitive, bloodType?.Source));
        Assert.Equal("name", Compilation.Recognize("Shop.Patient", "Name")?.CategoryName);
    }

    [Theory]
    [InlineData("customerEmail", "contact")]
    [InlineData("dateOfBirth", "birth_date")]
    [InlineData("email", "contact")]
    [InlineData("phone", "contact")]
    [InlineData("phones", "contact")]
    [InlineData("shenFenZheng", "government_id")]
    [InlineData("address", "contact")]
    [InlineData("to", null)]
    [InlineData("name", null)] // Handler is no person type; a local or Handler's parameter is anybody's name
    [InlineData("hasEmail", null)]
    [InlineData("emailService", null)]
    [InlineData("count", null)]
    public void Parameters_and_locals(string name, string? category)
    {
        var symbol = Compilation.Declared(name, "Handle");

        var info = Compilation.Recognizer.Recognize(symbol);

        Assert.Equal(category, info?.CategoryName);
        if (info is not null)
        {
            Assert.Equal(name, info.Source);
            Assert.Equal(name, info.Path);
            Assert.Equal(symbol, info.Symbol, SymbolEqualityComparer.Default);
        }
    }

    [Fact]
    public void Constructor_parameters_of_a_person_type_are_that_persons()
    {
        var constructor = Compilation.Type("Shop.Customer").InstanceConstructors.Single();

        Assert.Equal("name", Compilation.Recognizer.Recognize(constructor.Parameters[0])?.CategoryName);
        Assert.Equal("contact", Compilation.Recognizer.Recognize(constructor.Parameters[1])?.CategoryName);
    }

    [Fact]
    public void Tuple_element_names_are_the_programs_own()
    {
        var pair = (IMethodSymbol)Compilation.Member("Shop.Customer", "Pair");
        var email = ((INamedTypeSymbol)pair.ReturnType).TupleElements[0];

        var info = Compilation.Recognizer.Recognize(email);
        Assert.Equal(("contact", "Email", "Email"), (info?.CategoryName, info?.Source, info?.Path));
    }

    [Fact]
    public void Framework_members_and_parameters_are_not_judged_by_name()
    {
        var userName = Compilation.Type("System.Environment").GetMembers("UserName").Single();
        var mailAddressParameter = Compilation.Type("System.Net.Mail.MailAddress").InstanceConstructors
            .SelectMany(c => c.Parameters).First(p => p.Name == "address");

        Assert.Null(Compilation.Recognizer.Recognize(userName));
        Assert.Null(Compilation.Recognizer.Recognize(mailAddressParameter));
    }

    [Fact]
    public void Symbols_that_hold_no_data_are_not_recognised()
    {
        Assert.Null(Compilation.Recognizer.Recognize(Compilation.Type("Shop.Customer")));
        Assert.Null(Compilation.Recognizer.Recognize(Compilation.Type("Shop.Customer").InstanceConstructors.Single()));
        Assert.Null(Compilation.Recognizer.Recognize(Compilation.Member("Shop.Gender", "Female")));
        Assert.Null(Compilation.Recognizer.Recognize(null!));
    }
}
