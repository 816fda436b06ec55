using LocalizationAnalyzers.Catalog;
using Xunit;

namespace LocalizationAnalyzers.Tests.Catalog;

/// <summary>
/// The hosts mainland code calls (tools/catalog/curated_hosts.tsv): mainland central endpoints are inside CN,
/// their international twins and Hong Kong access points are not, and the foreign services are placed where
/// their vendors process the data.
/// </summary>
public class ChinaHostCatalogTests
{
    private static HostCatalog Hosts => LocationCatalog.Instance.Hosts;

    [Theory]
    [InlineData("dysmsapi.aliyuncs.com", "alibaba")]
    [InlineData("dashscope.aliyuncs.com", "alibaba")]
    [InlineData("ws-1234.cn-beijing.maas.aliyuncs.com", "alibaba")]
    [InlineData("smtpdm.aliyun.com", "alibaba")]
    [InlineData("dm.aliyuncs.com", "alibaba")]
    [InlineData("hunyuan.tencentcloudapi.com", "tencent")]
    [InlineData("api.hunyuan.cloud.tencent.com", "tencent")]
    [InlineData("aip.baidubce.com", "baidu")]
    [InlineData("qianfan.baidubce.com", "baidu")]
    [InlineData("bcc.bj.baidubce.com", "baidu")]
    [InlineData("bls-log.gz.baidubce.com", "baidu")]
    [InlineData("bcc.su.baidubce.com", "baidu")]
    [InlineData("bcc.fwh.baidubce.com", "baidu")]
    [InlineData("shop-images.bj.bcebos.com", "baidu")]
    [InlineData("api.map.baidu.com", "baidu")]
    [InlineData("ark.cn-beijing.volces.com", "volcengine")]
    [InlineData("open.volcengineapi.com", "volcengine")]
    [InlineData("ark.cn-beijing.volcengineapi.com", "volcengine")]
    [InlineData("open.bigmodel.cn", "zhipu")]
    [InlineData("api.deepseek.com", "deepseek")]
    [InlineData("api.moonshot.cn", "moonshot")]
    [InlineData("api.minimaxi.com", "minimax")]
    [InlineData("api.minimax.chat", "minimax")]
    [InlineData("api.siliconflow.cn", "siliconflow")]
    [InlineData("spark-api.xf-yun.com", "iflytek")]
    [InlineData("spark-api-open.xf-yun.com", "iflytek")]
    [InlineData("api.weixin.qq.com", "wechat")]
    [InlineData("sh.api.weixin.qq.com", "wechat")]
    [InlineData("api.mch.weixin.qq.com", "wechat")]
    [InlineData("openapi.alipay.com", "alipay")]
    [InlineData("openapi-sandbox.dl.alipaydev.com", "alipay")]
    [InlineData("restapi.amap.com", "amap")]
    [InlineData("api.geetest.com", "geetest")]
    [InlineData("gcaptcha4.geetest.com", "geetest")]
    [InlineData("api.jpush.cn", "jpush")]
    [InlineData("bjapi.push.jiguang.cn", "jpush")]
    [InlineData("restapi.getui.com", "getui")]
    [InlineData("msgapi.umeng.com", "umeng")]
    [InlineData("oapi.dingtalk.com", "dingtalk")]
    [InlineData("api.dingtalk.com", "dingtalk")]
    [InlineData("open.feishu.cn", "feishu")]
    [InlineData("up-z0.qiniup.com", "qiniu")]
    [InlineData("up.qiniup.com", "qiniu")]
    [InlineData("upload-z1.qiniup.com", "qiniu")]
    [InlineData("up-z2.qiniup.com", "qiniu")]
    [InlineData("up-cn-east-2.qiniup.com", "qiniu")]
    [InlineData("iovip-z2.qiniuio.com", "qiniu")]
    [InlineData("rs-z1.qiniuapi.com", "qiniu")]
    [InlineData("oss-cn-hangzhou.aliyuncs.com", "alibaba")]
    [InlineData("cos.ap-guangzhou.myqcloud.com", "tencent")]
    [InlineData("login.chinacloudapi.cn", "azure")]
    [InlineData("shop.openai.azure.cn", "azure")]
    public void Mainland_endpoints_are_inside_CN(string host, string provider)
    {
        var placement = Hosts.Place(host);

        Assert.NotNull(placement);
        Assert.Equal(provider, placement.Provider);
        Assert.Equal(new[] { "CN" }, placement.Countries);
    }

    [Theory]
    [InlineData("oss-cn-hongkong.aliyuncs.com", "alibaba")]
    [InlineData("cn-hongkong.dashscope.aliyuncs.com", "alibaba")]
    [InlineData("cos.ap-hongkong.myqcloud.com", "tencent")]
    [InlineData("shop-1250000000.cos.ap-hongkong.myqcloud.com", "tencent")]
    [InlineData("bcc.hkg.baidubce.com", "baidu")]
    [InlineData("hkg.bcebos.com", "baidu")]
    [InlineData("ark.cn-hongkong.volces.com", "volcengine")]
    [InlineData("hk.api.weixin.qq.com", "wechat")]
    [InlineData("apihk.mch.weixin.qq.com", "wechat")]
    public void Hong_Kong_endpoints_are_in_HK_not_CN(string host, string provider)
    {
        var placement = Hosts.Place(host);

        Assert.NotNull(placement);
        Assert.Equal(provider, placement.Provider);
        Assert.Equal(new[] { "HK" }, placement.Countries);
    }

    [Theory]
    [InlineData("dashscope-intl.aliyuncs.com", "alibaba", "SG")]
    [InlineData("dashscope-us.aliyuncs.com", "alibaba", "US")]
    [InlineData("dysmsapi.ap-southeast-1.aliyuncs.com", "alibaba", "SG")]
    [InlineData("dysmsapi.eu-central-1.aliyuncs.com", "alibaba", "DE")]
    [InlineData("smtpdm-ap-southeast-1.aliyuncs.com", "alibaba", "SG")]
    [InlineData("smtpdm-us-east-1.aliyuncs.com", "alibaba", "US")]
    [InlineData("smtpdm-eu-central-1.aliyuncs.com", "alibaba", "DE")]
    [InlineData("smtpdm-ap-southeast-1.aliyun.com", "alibaba", "SG")]
    [InlineData("smtpdm-ap-southeast-2.aliyun.com", "alibaba", "AU")]
    [InlineData("ws-1234.ap-southeast-1.maas.aliyuncs.com", "alibaba", "SG")]
    [InlineData("up-na0.qiniup.com", "qiniu", "US")]
    [InlineData("up-as0.qiniup.com", "qiniu", "SG")]
    [InlineData("api.openai.com", "openai", "US")]
    [InlineData("api.anthropic.com", "anthropic", "US")]
    [InlineData("api.cohere.com", "cohere", "US")]
    [InlineData("api.cohere.ai", "cohere", "US")]
    [InlineData("api.groq.com", "groq", "US")]
    [InlineData("api.x.ai", "xai", "US")]
    [InlineData("api.perplexity.ai", "perplexity", "US")]
    [InlineData("github.com", "github", "US")]
    [InlineData("api.github.com", "github", "US")]
    [InlineData("appleid.apple.com", "apple", "US")]
    [InlineData("api.push.apple.com", "apple", "US")]
    [InlineData("graph.facebook.com", "facebook", "US")]
    [InlineData("api.stripe.com", "stripe", "US")]
    [InlineData("api-m.paypal.com", "paypal", "US")]
    [InlineData("api.paypal.com", "paypal", "US")]
    [InlineData("api.braintreegateway.com", "braintree", "US")]
    [InlineData("checkout-test.adyen.com", "adyen", "NL")]
    [InlineData("hcaptcha.com", "hcaptcha", "US")]
    [InlineData("api.hcaptcha.com", "hcaptcha", "US")]
    [InlineData("api2.amplitude.com", "amplitude", "US")]
    [InlineData("api.mailgun.net", "mailgun", "US")]
    [InlineData("api.postmarkapp.com", "postmark", "US")]
    [InlineData("api.twilio.com", "twilio", "US")]
    [InlineData("api.mixpanel.com", "mixpanel", "US")]
    [InlineData("api.segment.io", "segment", "US")]
    public void International_and_foreign_endpoints_are_placed_outside_CN(string host, string provider, string country)
    {
        var placement = Hosts.Place(host);

        Assert.NotNull(placement);
        Assert.Equal(provider, placement.Provider);
        Assert.Equal(new[] { country }, placement.Countries);
    }

    [Theory]
    [InlineData("api.mistral.ai", "mistral")]
    [InlineData("api.eu.amplitude.com", "amplitude")]
    [InlineData("api.eu.mailgun.net", "mailgun")]
    public void EU_endpoints_are_in_the_EU(string host, string provider)
    {
        var placement = Hosts.Place(host);

        Assert.NotNull(placement);
        Assert.Equal(provider, placement.Provider);
        Assert.Equal(LocationCatalog.Instance.Countries.Expand("EU").OrderBy(c => c), placement.Countries.OrderBy(c => c));
    }

    /// <summary>Google runs these on its global infrastructure: somewhere Google Cloud has a region, never mainland China.</summary>
    [Theory]
    [InlineData("generativelanguage.googleapis.com", "gcp")]
    [InlineData("fcm.googleapis.com", "gcp")]
    [InlineData("maps.googleapis.com", "gcp")]
    [InlineData("oauth2.googleapis.com", "gcp")]
    [InlineData("www.googleapis.com", "gcp")]
    [InlineData("accounts.google.com", "google")]
    [InlineData("www.google.com", "google")]
    [InlineData("www.recaptcha.net", "google")]
    [InlineData("recaptcha.net", "google")]
    [InlineData("www.google-analytics.com", "google")]
    [InlineData("region1.google-analytics.com", "google")]
    [InlineData("ssl.google-analytics.com", "google")]
    public void Google_services_are_anywhere_Google_Cloud_is_but_never_in_mainland_China(string host, string provider)
    {
        var placement = Hosts.Place(host);

        Assert.NotNull(placement);
        Assert.Equal(provider, placement.Provider);
        Assert.Empty(LocationCatalog.Instance.CountriesOfCloud("gcp").Except(placement.Countries));
        Assert.Empty(placement.Countries.Except(LocationCatalog.Instance.CountriesOfCloud("gcp")));
        Assert.Contains("US", placement.Countries);
        Assert.DoesNotContain("CN", placement.Countries);
    }

    /// <summary>
    /// Central endpoints whose vendor documents that the client's region argument decides (Tencent's
    /// nearest-access domain, Alibaba's central OpenAPI hosts) are not placed in one country: an SDK client's
    /// region places them, a bare HTTP call to them is not known to be inside CN.
    /// </summary>
    [Theory]
    [InlineData("sms.tencentcloudapi.com", "tencent")]
    [InlineData("cvm.tencentcloudapi.com", "tencent")]
    [InlineData("cvm.intl.tencentcloudapi.com", "tencent")]
    [InlineData("ecs.aliyuncs.com", "alibaba")]
    [InlineData("sts.aliyuncs.com", "alibaba")]
    [InlineData("bcc.baidubce.com", "baidu")]
    [InlineData("ark.volces.com", "volcengine")]
    public void Region_decides_endpoints_are_partly_inside_CN(string host, string provider)
    {
        var placement = Hosts.Place(host);

        Assert.NotNull(placement);
        Assert.Equal(provider, placement.Provider);
        Assert.Null(placement.Region);
        Assert.Contains("CN", placement.Countries);
        Assert.Contains("HK", placement.Countries);
        Assert.True(placement.Countries.Length > 1);
    }

    [Theory]
    [InlineData("sms.ap-guangzhou.tencentcloudapi.com", "ap-guangzhou", "CN")]
    [InlineData("sms.ap-hongkong.tencentcloudapi.com", "ap-hongkong", "HK")]
    [InlineData("sms.ap-singapore.tencentcloudapi.com", "ap-singapore", "SG")]
    public void Pinned_Tencent_domains_are_placed_by_their_region(string host, string region, string country)
    {
        var placement = Hosts.Place(host);

        Assert.NotNull(placement);
        Assert.Equal(region, placement.Region);
        Assert.Equal(new[] { country }, placement.Countries);
    }

    [Theory]
    [InlineData("login.microsoftonline.com")]
    [InlineData("graph.microsoft.com")]
    public void Microsoft_global_login_and_Graph_are_in_the_public_cloud(string host)
    {
        var placement = Hosts.Place(host);

        Assert.NotNull(placement);
        Assert.Equal("azure", placement.Cloud);
        Assert.DoesNotContain("CN", placement.Countries);
    }

    /// <summary>The Azure OpenAI resource host does not name its region, but it is the Azure public cloud, which has no mainland region.</summary>
    [Fact]
    public void Azure_OpenAI_resource_hosts_are_somewhere_in_the_public_cloud()
    {
        var placement = Hosts.Place("shop-gpt.openai.azure.com");

        Assert.NotNull(placement);
        Assert.Equal("azure", placement.Cloud);
        Assert.Null(placement.Region);
        Assert.Contains("US", placement.Countries);
        Assert.DoesNotContain("CN", placement.Countries);
    }

    /// <summary>International twins whose data location the vendor does not document stay unknown on purpose.</summary>
    [Theory]
    [InlineData("api.moonshot.ai")]
    [InlineData("api.minimax.io")]
    [InlineData("api.siliconflow.com")]
    [InlineData("api.z.ai")]
    [InlineData("open.larksuite.com")]
    public void Undocumented_international_twins_are_unknown(string host) => Assert.Null(Hosts.Place(host));

    [Theory]
    [InlineData("dashscope-intl.aliyuncs.com", "CN", "dashscope.aliyuncs.com")]
    [InlineData("cn-hongkong.dashscope.aliyuncs.com", "CN", "dashscope.aliyuncs.com")]
    [InlineData("dysmsapi.ap-southeast-1.aliyuncs.com", "CN", "dysmsapi.aliyuncs.com")]
    [InlineData("smtpdm-ap-southeast-1.aliyuncs.com", "CN", "smtpdm.aliyun.com")]
    [InlineData("hk.api.weixin.qq.com", "CN", "api.weixin.qq.com")]
    [InlineData("apihk.mch.weixin.qq.com", "CN", "api.mch.weixin.qq.com")]
    [InlineData("bcc.hkg.baidubce.com", "CN", "bcc.bj.baidubce.com")]
    [InlineData("upload-na0.qiniup.com", "CN", "upload-z0.qiniup.com")]
    [InlineData("iovip-as0.qiniuio.com", "CN", "iovip-z0.qiniuio.com")]
    [InlineData("shop-gpt.openai.azure.com", "CN", "shop-gpt.openai.azure.cn")]
    [InlineData("login.microsoftonline.com", "CN", "login.chinacloudapi.cn")]
    [InlineData("graph.microsoft.com", "CN", "microsoftgraph.chinacloudapi.cn")]
    [InlineData("api.mailgun.net", "EU", "api.eu.mailgun.net")]
    [InlineData("api2.amplitude.com", "EU", "api.eu.amplitude.com")]
    public void Counterparts_lead_back_inside(string host, string jurisdiction, string counterpart)
    {
        var placement = Hosts.Place(host)!;
        var countries = LocationCatalog.Instance.Countries.Expand(jurisdiction);
        var pattern = placement.Row.Counterparts.First(c => LocationCatalog.Instance.Countries.Expand(c.Jurisdiction).All(countries.Contains)).Pattern;

        Assert.Equal(counterpart, HostCatalog.Instantiate(pattern, placement.Wildcards));
    }
}
