using Amazon;
using Amazon.Extensions.NETCore.Setup;
using Microsoft.Extensions.Configuration;

namespace ShopBackend.Startup;

public static class AwsSetup
{
    // DLOC002: every client created from these options would live in Frankfurt.
    public static AWSOptions CreateOptions() => new() { Region = RegionEndpoint.EUCentral1 };

    // DLOC002 at the call: the options take AWS:Region from appsettings.json (Singapore there,
    // Ningxia in appsettings.Production.json; either may apply at run time).
    public static AWSOptions FromConfiguration(IConfiguration configuration) => configuration.GetAWSOptions();
}
