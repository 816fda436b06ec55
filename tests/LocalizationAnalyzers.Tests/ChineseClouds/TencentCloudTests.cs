using Xunit;
using static LocalizationAnalyzers.Tests.ChineseClouds.ChineseCloudTest;

namespace LocalizationAnalyzers.Tests.ChineseClouds;

/// <summary>
/// Tencent Cloud under CN: API 3.0 clients (every AbstractClient subclass) judged by their region argument, with SMS
/// and Hunyuan as payload calls; COS by the region its config builder sets. Hong Kong is outside CN.
/// </summary>
public class TencentCloudTests
{
    [Fact]
    public async Task Sms_client_in_Hong_Kong_and_a_phone_number_sent_through_it()
    {
        await Verify("""
            using TencentCloud.Common;
            using TencentCloud.Sms.V20210111;
            using TencentCloud.Sms.V20210111.Models;

            class Notifier
            {
                void Notify(Customer customer)
                {
                    var credential = new Credential { SecretId = "id", SecretKey = "key" };
                    var client = {|#1:new SmsClient(credential, {|#0:"ap-hongkong"|})|};
                    {|#2:client.SendSmsSync(new SendSmsRequest { PhoneNumberSet = new[] { "+86" + customer.Phone }, TemplateId = "1", SmsSdkAppId = "1400000000" })|};
                }
            }
            """,
            Dloc002("Tencent Cloud", "ap-hongkong", "Hong Kong, China", "Hong Kong (HK)").WithLocation(0).WithLocation(1),
            Dloc001(2));
    }

    [Fact]
    public async Task Sms_and_Hunyuan_clients_in_mainland_regions_are_quiet()
    {
        await Verify("""
            using System.Threading.Tasks;
            using TencentCloud.Common;
            using TencentCloud.Common.Profile;
            using TencentCloud.Hunyuan.V20230901;
            using TencentCloud.Hunyuan.V20230901.Models;
            using TencentCloud.Sms.V20210111;
            using TencentCloud.Sms.V20210111.Models;

            class Assistant
            {
                private static readonly Credential Credential = new Credential { SecretId = "id", SecretKey = "key" };
                private readonly SmsClient _sms = new SmsClient(Credential, "ap-guangzhou", new ClientProfile());
                private readonly HunyuanClient _llm = new HunyuanClient(Credential, "ap-beijing");

                Task<SendSmsResponse> Notify(Customer customer) => _sms.SendSms(new SendSmsRequest { PhoneNumberSet = new[] { customer.Phone } });

                Task<ChatCompletionsResponse> Summarise(Customer customer) =>
                    _llm.ChatCompletions(new ChatCompletionsRequest { Model = "hunyuan-lite", Messages = new[] { new Message { Role = "user", Content = "Summarise " + customer.FullName } } });
            }
            """);
    }

    [Fact]
    public async Task Hunyuan_client_in_Singapore_receiving_a_customer_name()
    {
        await Verify("""
            using TencentCloud.Common;
            using TencentCloud.Hunyuan.V20230901;
            using TencentCloud.Hunyuan.V20230901.Models;

            class Assistant
            {
                ChatCompletionsResponse Summarise(Credential credential, Customer customer)
                {
                    var llm = {|#1:new HunyuanClient(credential, {|#0:"ap-singapore"|})|};
                    return {|#2:llm.ChatCompletionsSync(new ChatCompletionsRequest { Messages = new[] { new Message { Role = "user", Content = customer.FullName } } })|};
                }
            }
            """,
            Dloc002("Tencent Cloud", "ap-singapore", "Southeast Asia (Singapore)", "Singapore (SG)").WithLocation(0).WithLocation(1),
            Dloc001(2));
    }

    [Fact]
    public async Task Client_whose_region_comes_from_outside_is_unverifiable_only_with_personal_data()
    {
        await Verify("""
            using TencentCloud.Common;
            using TencentCloud.Sms.V20210111;
            using TencentCloud.Sms.V20210111.Models;

            class Notifier
            {
                void Notify(Credential credential, string region, Customer customer)
                {
                    var client = new SmsClient(credential, region);
                    {|#0:client.SendSmsSync(new SendSmsRequest { PhoneNumberSet = new[] { customer.Phone } })|};
                    client.SendSmsSync(new SendSmsRequest { TemplateId = "42", SignName = "Shop" });
                }
            }
            """,
            Dloc004(0));
    }

    [Fact]
    public async Task Cos_region_set_on_the_config_builder_decides_where_uploads_go()
    {
        await Verify("""
            using System.Text;
            using COSXML;
            using COSXML.Auth;
            using COSXML.Model.Object;

            class Archive
            {
                void Store(Customer customer)
                {
                    var config = {|#1:new CosXmlConfig.Builder().IsHttps(true).SetRegion({|#0:"ap-hongkong"|})|}.Build();
                    CosXml cos = new CosXmlServer(config, new DefaultQCloudCredentialProvider("id", "key", 600));
                    {|#2:cos.PutObject(new PutObjectRequest("bucket-1250000000", "customers/1.txt", Encoding.UTF8.GetBytes(customer.Email)))|};
                }
            }
            """,
            Dloc002("Tencent Cloud", "ap-hongkong", "Hong Kong, China", "Hong Kong (HK)").WithLocation(0).WithLocation(1),
            Dloc001(2));
    }

    [Fact]
    public async Task Cos_in_a_mainland_region_is_quiet()
    {
        await Verify("""
            using System.Text;
            using COSXML;
            using COSXML.Auth;
            using COSXML.Model.Object;

            class Archive
            {
                private readonly CosXmlServer _cos = new CosXmlServer(
                    new CosXmlConfig.Builder().SetRegion("ap-shanghai").Build(),
                    new DefaultQCloudCredentialProvider("id", "key", 600));

                void Store(Customer customer) =>
                    _cos.PutObject(new PutObjectRequest("bucket-1250000000", "customers/1.txt", Encoding.UTF8.GetBytes(customer.Email)));
            }
            """);
    }

    [Fact]
    public async Task Fix_puts_a_mainland_region_of_the_same_vendor_in_every_region_string()
    {
        await VerifyRegionFix(
            """
            using COSXML;
            using TencentCloud.Common;
            using TencentCloud.Sms.V20210111;

            class Clients
            {
                SmsClient Sms(Credential credential) => new SmsClient(credential, {|#0:"ap-hongkong"|});

                CosXmlConfig Cos() => new CosXmlConfig.Builder().SetRegion({|#1:"na-siliconvalley"|}).Build();
            }
            """,
            """
            using COSXML;
            using TencentCloud.Common;
            using TencentCloud.Sms.V20210111;

            class Clients
            {
                SmsClient Sms(Credential credential) => new SmsClient(credential, "ap-guangzhou");

                CosXmlConfig Cos() => new CosXmlConfig.Builder().SetRegion("ap-guangzhou").Build();
            }
            """,
            "DLOC002:tencent:ap-guangzhou",
            count: 2);
    }
}
