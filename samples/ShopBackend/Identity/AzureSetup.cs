using Azure.Identity;
using Microsoft.Azure.Cosmos;

namespace ShopBackend.Identity;

public static class AzureSetup
{
    // DLOC006: the public cloud's Entra ID is outside mainland China; Azure China is operated by 21Vianet.
    public static DefaultAzureCredential Credential() =>
        new(new DefaultAzureCredentialOptions { AuthorityHost = AzureAuthorityHosts.AzurePublicCloud });

    // DLOC002: the reviews database replicates to West US.
    public static CosmosClientOptions Reviews() => new() { ApplicationRegion = Regions.WestUS };
}
