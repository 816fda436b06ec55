using LocalizationAnalyzers.Inventory.Model;
using LocalizationAnalyzers.Inventory.Reports;
using Xunit;

namespace LocalizationAnalyzers.Inventory.Tests;

/// <summary>Where a finding says data goes, how a multi-country destination is named, which categories are sensitive.</summary>
public class PlacesTests
{
    private static readonly IReadOnlyDictionary<string, string> NoProperties = new Dictionary<string, string>();

    [Fact]
    public void A_region_finding_names_provider_region_and_country()
    {
        var place = FindingPlaces.Of(
            "DLOC002",
            "AWS region 'ap-southeast-1' (Asia Pacific (Singapore)) is in Singapore (SG), outside the approved jurisdiction CN; use a region inside CN or approve this one in data_localization.approved_regions",
            new Dictionary<string, string> { ["Provider"] = "aws" });

        Assert.Equal(new FindingPlaces.Place("AWS region", "cloud", "aws:ap-southeast-1", "", "aws", "ap-southeast-1", "SG", null, "CN"), place);
    }

    [Fact]
    public void An_endpoint_in_the_Azure_public_cloud_is_placed_in_its_countries()
    {
        var place = FindingPlaces.Of(
            "DLOC003",
            "BlobServiceClient endpoint 'shop.blob.core.windows.net' is in the Azure public cloud (34 countries), outside the approved jurisdiction CN; use an endpoint inside CN or approve the host in data_localization.approved_hosts",
            NoProperties)!;

        Assert.Equal(("shop.blob.core.windows.net", "azure", Clouds.Countries("azure")), (place.Destination, place.Cloud, place.Country));
        Assert.Equal(34, Countries.Split(place.Country).Count());
        Assert.Equal("Azure public cloud, 34 countries", ReportText.Place(place.Country, place.Cloud));
    }

    [Fact]
    public void A_sovereign_cloud_finding_names_the_cloud()
    {
        var place = FindingPlaces.Of(
            "DLOC006",
            "AzureAuthorityHosts.AzurePublicCloud selects the Azure public cloud, which is in 34 countries, outside the approved jurisdiction CN; select the cloud that operates inside CN",
            NoProperties)!;

        Assert.Equal(("AzureAuthorityHosts.AzurePublicCloud", "Azure public cloud", "azure", "CN"), (place.Api, place.Destination, place.Cloud, place.Jurisdiction));
    }

    [Fact]
    public void Findings_of_other_rules_or_shapes_name_no_place()
    {
        Assert.Null(FindingPlaces.Of("DLOC900", "Data localization policy: x", NoProperties));
        Assert.Null(FindingPlaces.Of("DLOC002", "something else", NoProperties));
    }

    [Fact]
    public void A_few_countries_are_named_and_many_are_counted()
    {
        Assert.Equal("United States (US) or Ireland (IE)", ReportText.Place("US+IE", null));
        Assert.Equal("35 countries", ReportText.Place(Clouds.Countries("azure") + "+CN", null));
    }

    [Theory]
    [InlineData("government_id,contact", "government_id", true)]
    [InlineData("government_id,contact", "contact", false)]
    [InlineData("demographic,name", "demographic", true)]
    [InlineData("demographic,health", "demographic", false)]
    public void Sensitive_is_marked_per_category(string categories, string category, bool sensitive)
    {
        var flow = new Flow("a.cs", 1, 1, "Api", "http", "h", "h", "", "", "US", categories.Split(','), true, "", Verdicts.Outside, "CN", [], "", null, []);

        Assert.Equal(sensitive, ReportText.IsSensitive(flow, category));
    }
}
