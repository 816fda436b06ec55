using Xunit;
using static LocalizationAnalyzers.Tests.ChineseClouds.ChineseCloudTest;

namespace LocalizationAnalyzers.Tests.ChineseClouds;

/// <summary>
/// Huawei Cloud under CN: a service's XxxRegion members and ValueOf(regionId), handed to the client builder's
/// WithRegion; SMN publishing as the payload call. ap-southeast-1 is Hong Kong, outside CN.
/// </summary>
public class HuaweiCloudTests
{
    [Fact]
    public async Task Region_member_in_Hong_Kong_and_a_phone_number_published_through_it()
    {
        await Verify("""
            using HuaweiCloud.SDK.Core.Auth;
            using HuaweiCloud.SDK.Smn.V2;
            using HuaweiCloud.SDK.Smn.V2.Model;

            class Notifier
            {
                void Notify(Customer customer)
                {
                    var client = {|#1:SmnClient.NewBuilder()
                        .WithCredential(new BasicCredentials("ak", "sk", "project"))
                        .WithRegion({|#0:SmnRegion.AP_SOUTHEAST_1|})|}
                        .Build();
                    {|#2:client.PublishMessage(new PublishMessageRequest { TopicUrn = "urn:smn:topic", Body = new PublishMessageRequestBody { Message = "Call " + customer.Phone } })|};
                }
            }
            """,
            Dloc002("Huawei Cloud", "ap-southeast-1", "CN-Hong Kong", "Hong Kong (HK)").WithLocation(0).WithLocation(1),
            Dloc001(2));
    }

    [Fact]
    public async Task Region_by_id_outside_the_jurisdiction()
    {
        await Verify("""
            using HuaweiCloud.SDK.Core;
            using HuaweiCloud.SDK.Smn.V2;

            class Regions
            {
                Region Smn() => {|#1:SmnRegion.ValueOf({|#0:"eu-west-101"|})|};

                Region ByHand() => {|#3:new Region({|#2:"ap-southeast-3"|}, "https://smn.ap-southeast-3.myhuaweicloud.com")|};
            }
            """,
            Dloc002("Huawei Cloud", "eu-west-101", "EU-Dublin", "Ireland (IE)").WithLocation(0).WithLocation(1),
            Dloc002("Huawei Cloud", "ap-southeast-3", "AP-Singapore", "Singapore (SG)").WithLocation(2).WithLocation(3));
    }

    [Fact]
    public async Task Mainland_regions_are_quiet()
    {
        await Verify("""
            using HuaweiCloud.SDK.Core.Auth;
            using HuaweiCloud.SDK.Smn.V2;
            using HuaweiCloud.SDK.Smn.V2.Model;

            class Notifier
            {
                private readonly SmnClient _beijing = SmnClient.NewBuilder().WithCredential(new BasicCredentials("ak", "sk", "p")).WithRegion(SmnRegion.CN_NORTH_4).Build();
                private readonly SmnClient _shanghai = SmnClient.NewBuilder().WithRegion(SmnRegion.ValueOf("cn-east-3")).Build();

                void Notify(Customer customer)
                {
                    _beijing.PublishMessage(new PublishMessageRequest { Body = new PublishMessageRequestBody { Message = customer.Phone } });
                    _shanghai.PublishMessage(new PublishMessageRequest { Body = new PublishMessageRequestBody { Message = customer.Email } });
                }
            }
            """);
    }

    [Fact]
    public async Task Client_whose_region_comes_from_outside_is_unverifiable_only_with_personal_data()
    {
        await Verify("""
            using HuaweiCloud.SDK.Smn.V2;
            using HuaweiCloud.SDK.Smn.V2.Model;

            class Notifier
            {
                void Notify(string regionId, Customer customer)
                {
                    var client = SmnClient.NewBuilder().WithRegion(SmnRegion.ValueOf(regionId)).Build();
                    {|#0:client.PublishMessage(new PublishMessageRequest { Body = new PublishMessageRequestBody { Message = customer.Email } })|};
                    client.PublishMessage(new PublishMessageRequest { Body = new PublishMessageRequestBody { Subject = "Stock", Message = "Low stock" } });
                }
            }
            """,
            Dloc004(0));
    }

    [Fact]
    public async Task Endpoint_given_to_the_builder_decides()
    {
        await Verify("""
            using HuaweiCloud.SDK.Smn.V2;
            using HuaweiCloud.SDK.Smn.V2.Model;

            class Notifier
            {
                void Notify(Customer customer)
                {
                    var client = SmnClient.NewBuilder().WithEndPoint({|#0:"https://smn.ap-southeast-3.myhuaweicloud.com"|}).Build();
                    {|#1:client.PublishMessage(new PublishMessageRequest { Body = new PublishMessageRequestBody { Message = customer.Email } })|};
                }
            }
            """,
            Dloc003(0),
            Dloc001(1));
    }

    [Fact]
    public async Task Fix_puts_a_mainland_region_in_the_member_and_the_id_forms()
    {
        await VerifyRegionFix(
            """
            using HuaweiCloud.SDK.Core;
            using HuaweiCloud.SDK.Smn.V2;

            class Regions
            {
                SmnClient Client() => SmnClient.NewBuilder().WithRegion({|#0:SmnRegion.AP_SOUTHEAST_1|}).Build();

                Region ById() => SmnRegion.ValueOf({|#1:"ap-southeast-3"|});
            }
            """,
            """
            using HuaweiCloud.SDK.Core;
            using HuaweiCloud.SDK.Smn.V2;

            class Regions
            {
                SmnClient Client() => SmnClient.NewBuilder().WithRegion(SmnRegion.CN_NORTH_4).Build();

                Region ById() => SmnRegion.ValueOf("cn-north-4");
            }
            """,
            "DLOC002:huawei:cn-north-4",
            count: 2);
    }
}
