using Xunit;
using static LocalizationAnalyzers.Tests.ChineseClouds.ChineseCloudTest;

namespace LocalizationAnalyzers.Tests.ChineseClouds;

/// <summary>
/// Alibaba Cloud under CN: OSS endpoints and uploads, the OpenAPI (Tea) Config of every AlibabaCloud.SDK.* client
/// with SMS (Dysmsapi) as the payload call, and the classic core SDK's profile region. Hong Kong is outside CN.
/// </summary>
public class AlibabaCloudTests
{
    [Fact]
    public async Task Oss_client_on_a_Hong_Kong_endpoint_and_the_upload_of_a_customer_to_it()
    {
        await Verify("""
            using System.IO;
            using System.Text;
            using Aliyun.OSS;

            class Archive
            {
                void Store(Customer customer)
                {
                    var oss = new OssClient({|#0:"https://oss-cn-hongkong.aliyuncs.com"|}, "ak", "sk");
                    {|#1:oss.PutObject("bucket", "customers/1.json", new MemoryStream(Encoding.UTF8.GetBytes(customer.Phone)))|};
                }
            }
            """,
            Dloc003(0),
            Dloc001(1));
    }

    [Fact]
    public async Task Oss_client_on_a_mainland_endpoint_is_quiet()
    {
        await Verify("""
            using System.IO;
            using System.Text;
            using Aliyun.OSS;

            class Archive
            {
                private readonly IOss _oss = new OssClient("oss-cn-hangzhou.aliyuncs.com", "ak", "sk");

                void Store(Customer customer) =>
                    _oss.PutObject(new PutObjectRequest("bucket", "customers/1.json", new MemoryStream(Encoding.UTF8.GetBytes(customer.Phone))));
            }
            """);
    }

    [Fact]
    public async Task Oss_client_whose_endpoint_comes_from_outside_the_method_is_unverifiable_only_with_personal_data()
    {
        await Verify("""
            using System.IO;
            using System.Text;
            using Aliyun.OSS;

            class Archive
            {
                void Store(string endpoint, Customer customer, byte[] thumbnail)
                {
                    var oss = new OssClient(endpoint, "ak", "sk");
                    {|#0:oss.PutObject("bucket", "customers/1.json", new MemoryStream(Encoding.UTF8.GetBytes(customer.Email)))|};
                    oss.PutObject("bucket", "thumbnails/1.png", new MemoryStream(thumbnail));
                }
            }
            """,
            Dloc004(0));
    }

    [Fact]
    public async Task OpenApi_config_region_in_Hong_Kong_is_a_region_finding_and_sending_a_phone_number_through_it_is_a_transfer()
    {
        await Verify("""
            using AlibabaCloud.OpenApiClient.Models;
            using AlibabaCloud.SDK.Dysmsapi20170525.Models;
            using SmsClient = AlibabaCloud.SDK.Dysmsapi20170525.Client;

            class Notifier
            {
                void Notify(Customer customer)
                {
                    var config = new Config { AccessKeyId = "ak", AccessKeySecret = "sk", {|#1:RegionId = {|#0:"cn-hongkong"|}|} };
                    var client = new SmsClient(config);
                    {|#2:client.SendSms(new SendSmsRequest { PhoneNumbers = customer.Phone, SignName = "Shop", TemplateCode = "SMS_1" })|};
                }
            }
            """,
            Dloc002("Alibaba Cloud", "cn-hongkong", "China (Hong Kong)", "Hong Kong (HK)").WithLocation(0).WithLocation(1),
            Dloc001(2));
    }

    [Fact]
    public async Task OpenApi_config_endpoint_set_after_creation_decides_over_the_region()
    {
        await Verify("""
            using AlibabaCloud.OpenApiClient.Models;
            using AlibabaCloud.SDK.Dysmsapi20170525.Models;

            class Notifier
            {
                void Notify(Customer customer)
                {
                    var config = new Config { RegionId = "cn-hangzhou" };
                    config.Endpoint = {|#0:"dysmsapi.ap-southeast-1.aliyuncs.com"|};
                    var client = new AlibabaCloud.SDK.Dysmsapi20170525.Client(config);
                    {|#1:client.SendSmsWithOptions(new SendSmsRequest { PhoneNumbers = customer.Phone }, new AlibabaCloud.TeaUtil.Models.RuntimeOptions())|};
                }
            }
            """,
            Dloc003(0),
            Dloc001(1));
    }

    [Fact]
    public async Task OpenApi_client_made_by_an_in_house_factory_of_the_same_file()
    {
        // The shape of Alibaba's own samples: a CreateClient() helper builds the Config and returns the client.
        await Verify("""
            using AlibabaCloud.SDK.Dysmsapi20170525.Models;

            class Notifier
            {
                private static AlibabaCloud.SDK.Dysmsapi20170525.Client CreateClient(string accessKeyId, string accessKeySecret)
                {
                    var config = new AlibabaCloud.OpenApiClient.Models.Config { AccessKeyId = accessKeyId, AccessKeySecret = accessKeySecret };
                    config.Endpoint = {|#0:"dysmsapi.ap-southeast-1.aliyuncs.com"|};
                    return new AlibabaCloud.SDK.Dysmsapi20170525.Client(config);
                }

                public void SendCode(string code, Customer customer)
                {
                    var client = CreateClient("ak", "sk");
                    {|#1:client.SendSms(new SendSmsRequest { PhoneNumbers = customer.Phone, TemplateParam = "{\"code\":\"" + code + "\"}" })|};
                }
            }
            """,
            Dloc003(0),
            Dloc001(1));
    }

    [Fact]
    public async Task OpenApi_client_in_a_mainland_region_is_quiet()
    {
        await Verify("""
            using System.Threading.Tasks;
            using AlibabaCloud.OpenApiClient.Models;
            using AlibabaCloud.SDK.Dysmsapi20170525;
            using AlibabaCloud.SDK.Dysmsapi20170525.Models;

            class Notifier
            {
                private readonly Client _sms = new Client(new Config { AccessKeyId = "ak", AccessKeySecret = "sk", RegionId = "cn-hangzhou" });

                Task<SendSmsResponse> Notify(Customer customer) => _sms.SendSmsAsync(new SendSmsRequest { PhoneNumbers = customer.Phone });
            }
            """);
    }

    [Fact]
    public async Task OpenApi_client_on_the_central_SMS_endpoint_is_quiet()
    {
        // dysmsapi.aliyuncs.com is the mainland central endpoint (SPEC §4; the catalog row is issue 12 point 3).
        await Verify("""
            using AlibabaCloud.OpenApiClient.Models;
            using AlibabaCloud.SDK.Dysmsapi20170525.Models;

            class Notifier
            {
                void Notify(Customer customer)
                {
                    var client = new AlibabaCloud.SDK.Dysmsapi20170525.Client(new Config { Endpoint = "dysmsapi.aliyuncs.com" });
                    client.SendSms(new SendSmsRequest { PhoneNumbers = customer.Phone });
                }
            }
            """);
    }

    [Fact]
    public async Task OpenApi_client_whose_config_comes_from_elsewhere_is_unverifiable_only_with_personal_data()
    {
        await Verify("""
            using AlibabaCloud.OpenApiClient.Models;
            using AlibabaCloud.SDK.Dysmsapi20170525.Models;

            class Notifier
            {
                void Notify(Config config, Customer customer)
                {
                    var client = new AlibabaCloud.SDK.Dysmsapi20170525.Client(config);
                    {|#0:client.SendSms(new SendSmsRequest { PhoneNumbers = customer.Phone })|};
                    client.SendSms(new SendSmsRequest { SignName = "Shop", TemplateCode = "SMS_STOCK_ALERT" });
                }
            }
            """,
            Dloc004(0));
    }

    [Fact]
    public async Task Classic_profile_region_in_Hong_Kong_and_a_common_request_carrying_a_phone_number()
    {
        await Verify("""
            using Aliyun.Acs.Core;
            using Aliyun.Acs.Core.Profile;

            class Notifier
            {
                void Notify(Customer customer)
                {
                    var profile = {|#1:DefaultProfile.GetProfile({|#0:"cn-hongkong"|}, "ak", "sk")|};
                    IAcsClient client = new DefaultAcsClient(profile);
                    var request = new CommonRequest { Action = "SendSms", Version = "2017-05-25" };
                    request.AddQueryParameters("PhoneNumbers", customer.Phone);
                    {|#2:client.GetCommonResponse(request)|};
                }
            }
            """,
            Dloc002("Alibaba Cloud", "cn-hongkong", "China (Hong Kong)", "Hong Kong (HK)").WithLocation(0).WithLocation(1),
            Dloc001(2));
    }

    [Fact]
    public async Task Classic_profile_in_a_mainland_region_is_quiet()
    {
        await Verify("""
            using Aliyun.Acs.Core;
            using Aliyun.Acs.Core.Profile;

            class Notifier
            {
                private readonly DefaultAcsClient _client = new DefaultAcsClient(DefaultProfile.GetProfile("cn-shanghai", "ak", "sk"));

                CommonResponse Notify(Customer customer)
                {
                    var request = new CommonRequest { Action = "SendSms" };
                    request.AddQueryParameters("PhoneNumbers", customer.Phone);
                    return _client.GetCommonResponse(request);
                }
            }
            """);
    }

    [Fact]
    public async Task Fix_puts_a_mainland_region_of_the_same_vendor_in_every_region_string()
    {
        await VerifyRegionFix(
            """
            using Aliyun.Acs.Core.Profile;
            using AlibabaCloud.OpenApiClient.Models;

            class Clients
            {
                DefaultProfile Profile() => DefaultProfile.GetProfile({|#0:"cn-hongkong"|}, "ak", "sk");

                Config Sms() => new Config { RegionId = {|#1:"ap-southeast-1"|} };
            }
            """,
            """
            using Aliyun.Acs.Core.Profile;
            using AlibabaCloud.OpenApiClient.Models;

            class Clients
            {
                DefaultProfile Profile() => DefaultProfile.GetProfile("cn-hangzhou", "ak", "sk");

                Config Sms() => new Config { RegionId = "cn-hangzhou" };
            }
            """,
            "DLOC002:alibaba:cn-hangzhou",
            count: 2);
    }
}
