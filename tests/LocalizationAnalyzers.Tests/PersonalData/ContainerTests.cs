using LocalizationAnalyzers.PersonalData;
using Microsoft.CodeAnalysis;
using Xunit;

namespace LocalizationAnalyzers.Tests.PersonalData;

/// <summary>Personal-data containers (SPEC §3): types that hold personal data in their fields and properties.</summary>
public class ContainerTests
{
    private const string Source = """
        using System;
        using System.Collections.Generic;
        using System.Net.Mail;
        using System.Threading.Tasks;

        namespace Shop;

        public class Residence { public string Street { get; set; } = ""; public string City { get; set; } = ""; }

        public class Customer
        {
            public int Id { get; set; }
            public string Email { get; set; } = "";
            public Residence Home { get; set; } = new();
            public string Passport { get; set; } = "";
        }

        public class Order { public int Id { get; set; } public Customer Buyer { get; set; } = new(); }
        public class Invoice { public List<Order> Orders { get; } = new(); }
        public class Batch { public Order[] Items = Array.Empty<Order>(); }
        public class Registry { public Dictionary<string, Customer> ByKey = new(); }
        public class Feed { public IEnumerable<Residence> Addresses = Array.Empty<Residence>(); }
        public class Envelope<T> { public T Body { get; set; } = default!; public string Trace { get; set; } = ""; }
        public class Wrapped { public Envelope<Residence> Message = new(); }
        public class Pending { public Task<Residence>? Next; }
        public struct Position { public double Latitude; public double Longitude; }
        public class Ride { public Position? Pickup; public string Driver = ""; }
        public class Node { public Node? Next; public string Label = ""; }
        public class Person { public Person? Spouse; public string Email = ""; }
        public class A { public B Link = null!; }
        public class B { public C Link = null!; }
        public class C { public D Link = null!; }
        public class D { public string Email = ""; }
        public class Secretive
        {
            private string _email = "";
            public static string SharedEmail = "";
            public string this[int i] => _email;
            public const string EmailKey = "email";
        }
        public class Product { public string Name { get; set; } = ""; public decimal Price { get; set; } }
        public class VipCustomer : Customer { public int Tier { get; set; } }
        public class Contact { public MailAddress Primary { get; set; } = null!; }
        public record PhoneNumber(string Value);
        public class Address { public string Line1 { get; set; } = ""; public string Street { get; set; } = ""; }
        public class Letter { public Address To { get; set; } = new(); }
        public class Sms { public PhoneNumber To { get; set; } = null!; public string Text { get; set; } = ""; }
        public enum BloodType { A, B, AB, O }
        public class Donation { public BloodType Group { get; set; } public int Millilitres { get; set; } }
        public interface IPerson { string Email { get; } }
        public class Message { public IPerson From { get; set; } = null!; }
        public class Tuples { public (string Code, Residence Where) Pair; }
        public class Lazy { public Func<Residence> Factory = null!; }
        """;

    private static readonly RecognizerCompilation Compilation = RecognizerCompilation.Create(Source);

    [Theory]
    [InlineData("Shop.Residence", "contact", false, "Residence.Street", "Residence.Street")]
    [InlineData("Shop.Customer", "government_id", true, "Customer.Passport", "Customer.Passport")] // sensitive beats Email and Home.Street
    [InlineData("Shop.Order", "government_id", true, "Order.Buyer.Passport", "Customer.Passport")]
    [InlineData("Shop.Invoice", "government_id", true, "Invoice.Orders.Buyer.Passport", "Customer.Passport")]
    [InlineData("Shop.Batch", "government_id", true, "Batch.Items.Buyer.Passport", "Customer.Passport")]
    [InlineData("Shop.Registry", "government_id", true, "Registry.ByKey.Passport", "Customer.Passport")]
    [InlineData("Shop.Feed", "contact", false, "Feed.Addresses", "Feed.Addresses")] // named addresses itself
    [InlineData("Shop.Wrapped", "contact", false, "Wrapped.Message.Body.Street", "Residence.Street")]
    [InlineData("Shop.Pending", "contact", false, "Pending.Next.Street", "Residence.Street")]
    [InlineData("Shop.Ride", "location", true, "Ride.Pickup.Latitude", "Position.Latitude")]
    [InlineData("Shop.Person", "contact", false, "Person.Email", "Person.Email")]
    [InlineData("Shop.B", "contact", false, "B.Link.Link.Email", "D.Email")]
    [InlineData("Shop.VipCustomer", "government_id", true, "VipCustomer.Passport", "Customer.Passport")]
    [InlineData("Shop.Contact", "contact", false, "Contact.Primary", "Contact.Primary")]
    [InlineData("Shop.Sms", "contact", false, "Sms.To", "Sms.To")]
    [InlineData("Shop.PhoneNumber", "contact", false, "PhoneNumber", "PhoneNumber")] // a value object named as personal data
    [InlineData("Shop.Letter", "contact", false, "Letter.To", "Letter.To")] // its type's name says so before its members do
    [InlineData("Shop.Donation", "health", true, "Donation.Group", "Donation.Group")]
    [InlineData("Shop.Message", "contact", false, "Message.From.Email", "IPerson.Email")]
    [InlineData("Shop.Tuples", "contact", false, "Tuples.Pair.Where.Street", "Residence.Street")]
    public void Containers(string type, string category, bool sensitive, string path, string source)
    {
        var info = Compilation.RecognizeType(type);

        Assert.NotNull(info);
        Assert.Equal((category, sensitive, path, source), (info.CategoryName, info.IsSensitive, info.Path, info.Source));
    }

    [Theory]
    [InlineData("Shop.Node")] // a cycle without personal data ends
    [InlineData("Shop.A")] // D.Email is four members deep
    [InlineData("Shop.Secretive")] // private, static, indexer, constant
    [InlineData("Shop.Product")]
    [InlineData("Shop.Lazy")] // a delegate holds no data
    public void Not_containers(string type)
    {
        Assert.Null(Compilation.RecognizeType(type));
    }

    [Fact]
    public void The_leaf_symbol_is_the_member_that_holds_the_data()
    {
        var passport = Compilation.Member("Shop.Customer", "Passport");
        var primary = Compilation.Member("Shop.Contact", "Primary");

        Assert.Equal(passport, Compilation.RecognizeType("Shop.Invoice")!.Symbol, SymbolEqualityComparer.Default);
        Assert.Equal(primary, Compilation.RecognizeType("Shop.Contact")!.Symbol, SymbolEqualityComparer.Default);
        Assert.Equal(PersonalDataEvidence.WellKnown, Compilation.RecognizeType("Shop.Contact")!.RecognizedBy);
    }

    [Fact]
    public void Collections_and_wrappers_of_containers()
    {
        var list = Compilation.Compilation.GetTypeByMetadataName("System.Collections.Generic.List`1")!.Construct(Compilation.Type("Shop.Order"));
        var nullable = Compilation.Compilation.GetSpecialType(SpecialType.System_Nullable_T).Construct(Compilation.Type("Shop.Position"));
        var array = Compilation.Compilation.CreateArrayTypeSymbol(Compilation.Type("Shop.Customer"));

        Assert.Equal("Order.Buyer.Passport", Compilation.Recognizer.RecognizeType(list)?.Path);
        Assert.Equal("Position.Latitude", Compilation.Recognizer.RecognizeType(nullable)?.Path);
        Assert.Equal("Customer.Passport", Compilation.Recognizer.RecognizeType(array)?.Path);
    }

    [Fact]
    public void Strings_primitives_and_framework_types_are_not_containers()
    {
        Assert.Null(Compilation.Recognizer.RecognizeType(Compilation.Compilation.GetSpecialType(SpecialType.System_String)));
        Assert.Null(Compilation.Recognizer.RecognizeType(Compilation.Compilation.GetSpecialType(SpecialType.System_Int32)));
        Assert.Null(Compilation.RecognizeType("System.Uri"));
        Assert.Null(Compilation.Recognizer.RecognizeType(null!));
    }

    [Fact]
    public void Answers_are_cached_per_type()
    {
        Assert.Same(Compilation.RecognizeType("Shop.Invoice"), Compilation.RecognizeType("Shop.Invoice"));
    }

    [Fact]
    public void A_value_is_its_own_data_or_what_its_type_contains()
    {
        var buyer = Compilation.Member("Shop.Order", "Buyer");
        var email = Compilation.Member("Shop.Customer", "Email");
        var label = Compilation.Member("Shop.Node", "Label");

        Assert.Equal(("Order.Buyer.Passport", "Customer.Passport"), (Compilation.Recognizer.RecognizeValue(buyer)?.Path, Compilation.Recognizer.RecognizeValue(buyer)?.Source));
        Assert.Equal("Customer.Email", Compilation.Recognizer.RecognizeValue(email)?.Path);
        Assert.Null(Compilation.Recognizer.RecognizeValue(label));
    }

    [Fact]
    public void Concurrent_questions_get_the_same_answers()
    {
        var fresh = RecognizerCompilation.Create(Source);
        var types = new[] { "Shop.Invoice", "Shop.Order", "Shop.Customer", "Shop.Registry", "Shop.B", "Shop.A", "Shop.Node", "Shop.Ride" };

        var answers = types.AsParallel().WithDegreeOfParallelism(4)
            .SelectMany(t => Enumerable.Range(0, 20).Select(_ => (t, fresh.RecognizeType(t)?.Path)))
            .ToList();

        foreach (var group in answers.GroupBy(a => a.t))
        {
            Assert.Single(group.Select(a => a.Path).Distinct());
            Assert.Equal(Compilation.RecognizeType(group.Key)?.Path, group.First().Path);
        }
    }
}
