using Sentry;

namespace ShopBackend.Diagnostics;

public static class ErrorReporting
{
    public static void Configure()
    {
        // DLOC100 at="SentrySdk.Init(o => o.Dsn = \"https://4f2a@o123.ingest.sentry.io/456\")" api=Sentry.SentrySdk.Init egressKind=telemetry destination=o123.ingest.sentry.io host=o123.ingest.sentry.io provider= region= country=US personalData= sensitive=false source= verdict=outside jurisdiction=CN rules=DLOC003
        // DLOC003 at="\"https://4f2a@o123.ingest.sentry.io/456\"" also="SentrySdk.Init(o => o.Dsn = \"https://4f2a@o123.ingest.sentry.io/456\")" message="Sentry DSN host 'o123.ingest.sentry.io' is in United States (US), outside the approved jurisdiction CN"
        SentrySdk.Init(o => o.Dsn = "https://4f2a@o123.ingest.sentry.io/456");
    }

    public static void Identify(string remoteIpAddress)
    {
        // DLOC100 at="SentrySdk.SetUser(new SentryUser { IpAddress = remoteIpAddress })" api=Sentry.SentrySdk.SetUser egressKind=telemetry destination=o123.ingest.sentry.io host=o123.ingest.sentry.io provider= region= country=US personalData=online_id sensitive=false source=ErrorReporting.Identify(remoteIpAddress) verdict=outside jurisdiction=CN rules=DLOC001
        // DLOC001 at="SentrySdk.SetUser(new SentryUser { IpAddress = remoteIpAddress })" message="Personal data (online_id: remoteIpAddress) is sent to o123.ingest.sentry.io in United States (US), outside the approved jurisdiction CN"
        SentrySdk.SetUser(new SentryUser { IpAddress = remoteIpAddress });
    }
}
