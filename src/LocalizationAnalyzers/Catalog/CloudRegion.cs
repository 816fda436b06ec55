using System.Collections.Immutable;

namespace LocalizationAnalyzers.Catalog;

/// <summary>One row of regions.tsv: a provider's region and the countries its data sits in.</summary>
internal sealed class CloudRegion
{
    public CloudRegion(string provider, string id, ImmutableArray<string> countries, string cloud, string name, ImmutableArray<string> sdkMembers)
    {
        Provider = provider;
        Id = id;
        Countries = countries;
        Cloud = cloud;
        Name = name;
        SdkMembers = sdkMembers;
    }

    /// <summary>aws, azure, gcp, alibaba, tencent, huawei, yandex, oracle.</summary>
    public string Provider { get; }

    /// <summary>The provider's programmatic id, lower case (us-east-1, westeurope).</summary>
    public string Id { get; }

    /// <summary>Usually one ISO code; a multi-region lists every country it may use.</summary>
    public ImmutableArray<string> Countries { get; }

    /// <summary>Partition or sovereign cloud (aws-cn, azure-china, ...).</summary>
    public string Cloud { get; }

    public string Name { get; }

    /// <summary>SDK members that denote this region, as Type.Member (RegionEndpoint.USEast1).</summary>
    public ImmutableArray<string> SdkMembers { get; }

    public string CountryText => string.Join("+", Countries);
}
