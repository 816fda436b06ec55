using System.Collections.Generic;

namespace LocalizationAnalyzers.Catalog;

/// <summary>How providers are named in messages.</summary>
internal static class Providers
{
    private static readonly Dictionary<string, string> s_displayNames = new()
    {
        ["aws"] = "AWS",
        ["azure"] = "Azure",
        ["gcp"] = "Google Cloud",
        ["alibaba"] = "Alibaba Cloud",
        ["tencent"] = "Tencent Cloud",
        ["huawei"] = "Huawei Cloud",
        ["yandex"] = "Yandex Cloud",
        ["oracle"] = "Oracle Cloud",
    };

    private static readonly Dictionary<string, string> s_cloudNames = new()
    {
        ["aws"] = "AWS global regions",
        ["aws-us-gov"] = "AWS GovCloud (US)",
        ["azure"] = "the Azure public cloud",
        ["azure-us-gov"] = "Azure Government",
        ["azure-china"] = "Azure China (operated by 21Vianet)",
        ["azure-germany"] = "Azure Germany (retired)",
        ["azure-bleu"] = "Bleu, the French sovereign cloud",
        ["gcp"] = "Google Cloud",
        ["alibaba"] = "Alibaba Cloud",
        ["tencent"] = "Tencent Cloud",
        ["huawei"] = "Huawei Cloud",
        ["oracle-oc1"] = "Oracle Cloud (commercial)",
        ["google"] = "Google's global infrastructure",
        ["baidu"] = "Baidu AI Cloud",
        ["volcengine"] = "Volcengine",
        ["adyen"] = "Adyen's live regions",
    };

    /// <summary>A cloud or partition as a message names it: "the Azure public cloud".</summary>
    public static string CloudName(string cloud) =>
        s_cloudNames.TryGetValue(cloud, out var name) ? name : cloud;

    public static string DisplayName(string provider) =>
        s_displayNames.TryGetValue(provider, out var name) ? name : provider;
}
