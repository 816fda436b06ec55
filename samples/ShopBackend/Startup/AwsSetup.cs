using Amazon;
using Amazon.Extensions.NETCore.Setup;

namespace ShopBackend.Startup;

public static class AwsSetup
{
    // DLOC002: every client created from these options would live in Frankfurt.
    public static AWSOptions CreateOptions() => new() { Region = RegionEndpoint.EUCentral1 };
}
