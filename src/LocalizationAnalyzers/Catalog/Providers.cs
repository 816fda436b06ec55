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

    public static string DisplayName(string provider) =>
        s_displayNames.TryGetValue(provider, out var name) ? name : provider;
}
