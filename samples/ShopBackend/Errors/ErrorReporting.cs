using Sentry;
using ShopBackend.Customers;

namespace ShopBackend.Errors;

public static class ErrorReporting
{
    // DLOC003: a Sentry DSN on the US ingest.
    public static SentryOptions Options() => new() { Dsn = "https://f3a1@o4504.ingest.us.sentry.io/4505" };

    // DLOC001: SentrySdk is judged against the one Sentry DSN this compilation configures (the US ingest above).
    public static void PaymentFailed(Customer customer) =>
        SentrySdk.CaptureMessage($"Payment failed for {customer.MobilePhone}");
}
