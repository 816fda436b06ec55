using LocalizationAnalyzers.CodeFixes;
using LocalizationAnalyzers.Diagnostics;
using LocalizationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LocalizationAnalyzers.Tests.Rules;

/// <summary>
/// Personal data sent over plain HTTP and SMTP to the services mainland code calls, judged under CN: per vendor
/// family the mainland endpoint stays quiet and the international, Hong Kong or foreign one fires.
/// </summary>
public class ChinaDestinationRuleTests
{
    private const string China = LocalizationTest<EmptyCodeFixProvider>.ChinaPolicy;

    private const string Member = """

        public class Member
        {
            public string Mobile { get; set; } = "";
            public string RealName { get; set; } = "";
            public string IdCardNo { get; set; } = "";
            public string Email { get; set; } = "";
        }
        """;

    private const string NotInCn = "which is not known to be in CN and is not approved (place it with data_localization.host_jurisdictions or approve it in data_localization.approved_hosts)";

    private static string Outside(string place) =>
        "which is in " + place + ", outside the approved jurisdiction CN; send it to a destination inside CN, or approve the host in data_localization.approved_hosts once the transfer is assessed";

    private static DiagnosticResult Dloc001(int at, string api, string what, string path, string destination, string where) =>
        new DiagnosticResult(Descriptors.PersonalDataOutsideJurisdiction).WithLocation(at)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments(api, what, path, destination, where);

    private static DiagnosticResult Dloc001(int at) =>
        new DiagnosticResult(RuleIdentifiers.PersonalDataOutsideJurisdiction, DiagnosticSeverity.Warning).WithLocation(at).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static DiagnosticResult Dloc003(int at) =>
        new DiagnosticResult(RuleIdentifiers.EndpointOutsideJurisdiction, DiagnosticSeverity.Warning).WithLocation(at).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static async Task Verify(string source, string[] policy, params DiagnosticResult[] expected)
    {
        var test = AnalyzerTest.Create(source + Member, policy);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    private static Task Verify(string source, params DiagnosticResult[] expected) => Verify(source, new[] { China }, expected);

    [Fact]
    public async Task Aliyun_SMS_central_endpoint_is_mainland_and_the_Singapore_one_is_not()
    {
        await Verify("""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class Sms
            {
                Task Mainland(HttpClient http, Member member) =>
                    http.PostAsJsonAsync("https://dysmsapi.aliyuncs.com/?Action=SendSms", new { PhoneNumbers = member.Mobile, SignName = "Shop" });

                Task Singapore(HttpClient http, Member member) =>
                    {|#0:http.PostAsJsonAsync("https://dysmsapi.ap-southeast-1.aliyuncs.com/?Action=SendSms", new { PhoneNumbers = member.Mobile, SignName = "Shop" })|};
            }
            """,
            Dloc001(0, "HttpClientJsonExtensions.PostAsJsonAsync", "contact data", "Member.Mobile", "dysmsapi.ap-southeast-1.aliyuncs.com", Outside("Singapore (SG)")));
    }

    [Fact]
    public async Task DashScope_Beijing_is_mainland_and_its_Singapore_and_Hong_Kong_hosts_are_not()
    {
        await Verify("""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class Assistant
            {
                Task Beijing(HttpClient http, Member member) =>
                    http.PostAsJsonAsync("https://dashscope.aliyuncs.com/compatible-mode/v1/chat/completions", new { model = "qwen-plus", user = member.RealName });

                Task Singapore(HttpClient http, Member member) =>
                    {|#0:http.PostAsJsonAsync("https://dashscope-intl.aliyuncs.com/compatible-mode/v1/chat/completions", new { model = "qwen-plus", user = member.RealName })|};

                Task HongKong(HttpClient http, Member member) =>
                    {|#1:http.PostAsJsonAsync("https://cn-hongkong.dashscope.aliyuncs.com/compatible-mode/v1/chat/completions", new { model = "qwen-plus", user = member.RealName })|};
            }
            """,
            Dloc001(0, "HttpClientJsonExtensions.PostAsJsonAsync", "name data", "Member.RealName", "dashscope-intl.aliyuncs.com", Outside("Singapore (SG)")),
            Dloc001(1, "HttpClientJsonExtensions.PostAsJsonAsync", "name data", "Member.RealName", "cn-hongkong.dashscope.aliyuncs.com", Outside("Hong Kong (HK)")));
    }

    [Fact]
    public async Task DirectMail_SMTP_in_Hangzhou_is_quiet_and_the_Singapore_host_fires()
    {
        await Verify("""
            using System.Net.Mail;

            class Welcome
            {
                private readonly SmtpClient _mainland = new SmtpClient("smtpdm.aliyun.com", 465);
                private readonly SmtpClient _singapore = new SmtpClient({|#1:"smtpdm-ap-southeast-1.aliyuncs.com"|}, 465);

                void Mainland(Member member) => _mainland.Send("shop@mail.shop.cn", member.Email, "Welcome", "Hello " + member.RealName);
                void Singapore(Member member) => {|#0:_singapore.Send("shop@mail.shop.cn", member.Email, "Welcome", "Hello " + member.RealName)|};
            }
            """,
            Dloc003(1),
            Dloc001(0));
    }

    [Fact]
    public async Task Chinese_AI_platforms_are_mainland_and_foreign_AI_providers_are_not()
    {
        await Verify("""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class Summaries
            {
                Task DeepSeek(HttpClient http, Member member) => http.PostAsJsonAsync("https://api.deepseek.com/chat/completions", new { user = member.RealName });
                Task Zhipu(HttpClient http, Member member) => http.PostAsJsonAsync("https://open.bigmodel.cn/api/paas/v4/chat/completions", new { user = member.RealName });
                Task Moonshot(HttpClient http, Member member) => http.PostAsJsonAsync("https://api.moonshot.cn/v1/chat/completions", new { user = member.RealName });
                Task Doubao(HttpClient http, Member member) => http.PostAsJsonAsync("https://ark.cn-beijing.volces.com/api/v3/chat/completions", new { user = member.RealName });
                Task Ernie(HttpClient http, Member member) => http.PostAsJsonAsync("https://aip.baidubce.com/rpc/2.0/ai_custom/v1/wenxinworkshop/chat/completions", new { user = member.RealName });
                Task Hunyuan(HttpClient http, Member member) => http.PostAsJsonAsync("https://api.hunyuan.cloud.tencent.com/v1/chat/completions", new { user = member.RealName });
                Task Spark(HttpClient http, Member member) => http.PostAsJsonAsync("https://spark-api-open.xf-yun.com/v1/chat/completions", new { user = member.RealName });
                Task SiliconFlow(HttpClient http, Member member) => http.PostAsJsonAsync("https://api.siliconflow.cn/v1/chat/completions", new { user = member.RealName });
                Task MiniMax(HttpClient http, Member member) => http.PostAsJsonAsync("https://api.minimaxi.com/v1/text/chatcompletion_v2", new { user = member.RealName });

                Task OpenAi(HttpClient http, Member member) => {|#0:http.PostAsJsonAsync("https://api.openai.com/v1/chat/completions", new { user = member.RealName })|};
                Task Anthropic(HttpClient http, Member member) => {|#1:http.PostAsJsonAsync("https://api.anthropic.com/v1/messages", new { user = member.RealName })|};
                Task Gemini(HttpClient http, Member member) => {|#2:http.PostAsJsonAsync("https://generativelanguage.googleapis.com/v1beta/models/gemini-pro:generateContent", new { user = member.RealName })|};
                Task AzureOpenAi(HttpClient http, Member member) => {|#3:http.PostAsJsonAsync("https://shop-gpt.openai.azure.com/openai/deployments/gpt-4o/chat/completions", new { user = member.RealName })|};
                Task Mistral(HttpClient http, Member member) => {|#4:http.PostAsJsonAsync("https://api.mistral.ai/v1/chat/completions", new { user = member.RealName })|};
                Task MoonshotGlobal(HttpClient http, Member member) => {|#5:http.PostAsJsonAsync("https://api.moonshot.ai/v1/chat/completions", new { user = member.RealName })|};
            }
            """,
            Dloc001(0, "HttpClientJsonExtensions.PostAsJsonAsync", "name data", "Member.RealName", "api.openai.com", Outside("United States (US)")),
            Dloc001(1, "HttpClientJsonExtensions.PostAsJsonAsync", "name data", "Member.RealName", "api.anthropic.com", Outside("United States (US)")),
            Dloc001(2, "HttpClientJsonExtensions.PostAsJsonAsync", "name data", "Member.RealName", "generativelanguage.googleapis.com", Outside("Google Cloud (47 countries)")),
            Dloc001(3, "HttpClientJsonExtensions.PostAsJsonAsync", "name data", "Member.RealName", "shop-gpt.openai.azure.com", Outside("the Azure public cloud (34 countries)")),
            Dloc001(4, "HttpClientJsonExtensions.PostAsJsonAsync", "name data", "Member.RealName", "api.mistral.ai", Outside("the European Union (EU)")),
            Dloc001(5, "HttpClientJsonExtensions.PostAsJsonAsync", "name data", "Member.RealName", "api.moonshot.ai", NotInCn));
    }

    [Fact]
    public async Task WeChat_and_Alipay_mainland_domains_are_quiet_and_the_Hong_Kong_access_points_fire()
    {
        await Verify("""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class Payments
            {
                Task Notify(HttpClient http, Member member) =>
                    http.PostAsJsonAsync("https://api.weixin.qq.com/cgi-bin/message/template/send", new { touser = member.RealName });
                Task NotifyShanghai(HttpClient http, Member member) =>
                    http.PostAsJsonAsync("https://sh.api.weixin.qq.com/cgi-bin/message/template/send", new { touser = member.RealName });
                Task NotifyHongKong(HttpClient http, Member member) =>
                    {|#0:http.PostAsJsonAsync("https://hk.api.weixin.qq.com/cgi-bin/message/template/send", new { touser = member.RealName })|};

                Task Pay(HttpClient http, Member member) =>
                    http.PostAsJsonAsync("https://api.mch.weixin.qq.com/v3/pay/transactions/jsapi", new { payer = member.Mobile });
                Task PayHongKong(HttpClient http, Member member) =>
                    {|#1:http.PostAsJsonAsync("https://apihk.mch.weixin.qq.com/v3/pay/transactions/jsapi", new { payer = member.Mobile })|};

                Task Alipay(HttpClient http, Member member) =>
                    http.PostAsJsonAsync("https://openapi.alipay.com/gateway.do", new { buyer = member.Mobile });
            }
            """,
            Dloc001(0, "HttpClientJsonExtensions.PostAsJsonAsync", "name data", "Member.RealName", "hk.api.weixin.qq.com", Outside("Hong Kong (HK)")),
            Dloc001(1, "HttpClientJsonExtensions.PostAsJsonAsync", "contact data", "Member.Mobile", "apihk.mch.weixin.qq.com", Outside("Hong Kong (HK)")));
    }

    [Fact]
    public async Task Mainland_maps_push_and_captcha_are_quiet_and_Google_Apple_and_hCaptcha_fire()
    {
        await Verify("""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class Delivery
            {
                Task<string> Geocode(HttpClient http, Member member) => http.GetStringAsync("https://restapi.amap.com/v3/geocode/geo?address=" + member.RealName);
                Task<string> GeocodeBaidu(HttpClient http, Member member) => http.GetStringAsync("https://api.map.baidu.com/geocoding/v3/?address=" + member.RealName);
                Task<string> GeocodeGoogle(HttpClient http, Member member) => {|#0:http.GetStringAsync("https://maps.googleapis.com/maps/api/geocode/json?address=" + member.RealName)|};

                Task Push(HttpClient http, Member member) => http.PostAsJsonAsync("https://api.jpush.cn/v3/push", new { alias = member.Mobile });
                Task PushGetui(HttpClient http, Member member) => http.PostAsJsonAsync("https://restapi.getui.com/v2/app/push/single/alias", new { alias = member.Mobile });
                Task PushUmeng(HttpClient http, Member member) => http.PostAsJsonAsync("https://msgapi.umeng.com/api/send", new { alias = member.Mobile });
                Task PushFcm(HttpClient http, Member member) => {|#1:http.PostAsJsonAsync("https://fcm.googleapis.com/v1/projects/shop/messages:send", new { alias = member.Mobile })|};
                Task PushApns(HttpClient http, Member member) => {|#2:http.PostAsJsonAsync("https://api.push.apple.com/3/device/abc", new { alias = member.Mobile })|};

                Task Captcha(HttpClient http, Member member) => http.PostAsJsonAsync("https://gcaptcha4.geetest.com/validate", new { user = member.Mobile });
                Task ReCaptcha(HttpClient http, Member member) => {|#3:http.PostAsJsonAsync("https://www.recaptcha.net/recaptcha/api/siteverify", new { user = member.Mobile })|};
                Task HCaptcha(HttpClient http, Member member) => {|#4:http.PostAsJsonAsync("https://api.hcaptcha.com/siteverify", new { user = member.Mobile })|};
            }
            """,
            Dloc001(0),
            Dloc001(1),
            Dloc001(2),
            Dloc001(3),
            Dloc001(4));
    }

    [Fact]
    public async Task Qiniu_mainland_zones_are_quiet_and_its_Singapore_and_North_America_zones_fire()
    {
        await Verify("""
            using System.Net.Http;
            using System.Threading.Tasks;

            class Uploads
            {
                Task East(HttpClient http, Member member) => http.PostAsync("https://up-z0.qiniup.com", new StringContent(member.IdCardNo));
                Task North(HttpClient http, Member member) => http.PostAsync("https://upload-z1.qiniup.com", new StringContent(member.IdCardNo));
                Task Singapore(HttpClient http, Member member) => {|#0:http.PostAsync("https://up-as0.qiniup.com", new StringContent(member.IdCardNo))|};
                Task LosAngeles(HttpClient http, Member member) => {|#1:http.PostAsync("https://up-na0.qiniup.com", new StringContent(member.IdCardNo))|};
            }
            """,
            Dloc001(0, "HttpClient.PostAsync", "government_id data (sensitive personal information)", "Member.IdCardNo", "up-as0.qiniup.com", Outside("Singapore (SG)")),
            Dloc001(1, "HttpClient.PostAsync", "government_id data (sensitive personal information)", "Member.IdCardNo", "up-na0.qiniup.com", Outside("United States (US)")));
    }

    /// <summary>
    /// Tencent's nearest-access domain and Alibaba's central OpenAPI hosts serve every region: the region the
    /// client passes decides. A bare HTTP call carries no client region, so its destination is not known to be in CN.
    /// </summary>
    [Fact]
    public async Task Region_decides_central_endpoints_are_not_known_to_be_in_CN_without_a_client_region()
    {
        await Verify("""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class Sms
            {
                Task Tencent(HttpClient http, Member member) =>
                    {|#0:http.PostAsJsonAsync("https://sms.tencentcloudapi.com/", new { PhoneNumberSet = new[] { member.Mobile } })|};
                Task TencentGuangzhou(HttpClient http, Member member) =>
                    http.PostAsJsonAsync("https://sms.ap-guangzhou.tencentcloudapi.com/", new { PhoneNumberSet = new[] { member.Mobile } });
                Task Hunyuan(HttpClient http, Member member) =>
                    http.PostAsJsonAsync("https://hunyuan.tencentcloudapi.com/", new { user = member.RealName });
            }
            """,
            Dloc001(0, "HttpClientJsonExtensions.PostAsJsonAsync", "contact data", "Member.Mobile", "sms.tencentcloudapi.com", NotInCn));
    }

    [Fact]
    public async Task Declared_hosts_place_a_vendor_the_catalog_does_not_know()
    {
        await Verify("""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class Crm
            {
                Task Push(HttpClient http, Member member) => http.PostAsJsonAsync("https://crm.partner-hz.com/contacts", new { member.Mobile });
                Task Global(HttpClient http, Member member) => {|#0:http.PostAsJsonAsync("https://api.minimax.io/v1/text/chatcompletion_v2", new { member.Mobile })|};
            }
            """,
            new[] { China, "data_localization.host_jurisdictions = *.partner-hz.com=CN" },
            Dloc001(0));
    }

    [Fact]
    public async Task Mail_and_analytics_under_EU_fire_for_the_US_region_and_stay_quiet_for_the_EU_one()
    {
        await Verify("""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class Newsletter
            {
                Task Us(HttpClient http, Member member) => {|#0:http.PostAsJsonAsync("https://api.mailgun.net/v3/mail.shop.eu/messages", new { to = member.Email })|};
                Task Eu(HttpClient http, Member member) => http.PostAsJsonAsync("https://api.eu.mailgun.net/v3/mail.shop.eu/messages", new { to = member.Email });
                Task Track(HttpClient http, Member member) => {|#1:http.PostAsJsonAsync("https://api2.amplitude.com/2/httpapi", new { user_id = member.Email })|};
                Task TrackEu(HttpClient http, Member member) => http.PostAsJsonAsync("https://api.eu.amplitude.com/2/httpapi", new { user_id = member.Email });
            }
            """,
            new[] { "data_localization.jurisdiction = EU" },
            Dloc001(0),
            Dloc001(1));
    }

    [Fact]
    public async Task DashScope_Singapore_is_fixed_to_the_Beijing_endpoint()
    {
        var test = new LocalizationTest<UseInJurisdictionEndpointFix>("""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class Assistant
            {
                Task Ask(HttpClient http, Member member) =>
                    {|#0:http.PostAsJsonAsync("https://dashscope-intl.aliyuncs.com/compatible-mode/v1/chat/completions", new { user = member.RealName })|};
                Task Notify(HttpClient http, Member member) =>
                    {|#1:http.PostAsJsonAsync("https://apihk.mch.weixin.qq.com/v3/pay/transactions/jsapi", new { payer = member.Mobile })|};
            }
            """ + Member, China)
        {
            FixedCode = """
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class Assistant
            {
                Task Ask(HttpClient http, Member member) =>
                    http.PostAsJsonAsync("https://dashscope.aliyuncs.com/compatible-mode/v1/chat/completions", new { user = member.RealName });
                Task Notify(HttpClient http, Member member) =>
                    http.PostAsJsonAsync("https://api.mch.weixin.qq.com/v3/pay/transactions/jsapi", new { payer = member.Mobile });
            }
            """ + Member,
            NumberOfFixAllIterations = 1,
        };
        test.ExpectedDiagnostics.Add(Dloc001(0));
        test.ExpectedDiagnostics.Add(Dloc001(1));
        await test.RunAsync();
    }
}
