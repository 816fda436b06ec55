namespace LocalizationAnalyzers.Benchmark.Corpus;

/// <summary>The words the generator builds its business code from. Only the order matters for determinism.</summary>
internal static class Vocabulary
{
    public static readonly string[] Areas =
    [
        "Sales", "Billing", "Crm", "Logistics", "Payroll", "Clinic", "Travel", "Campus",
        "Insurance", "Lending", "Loyalty", "Support", "Rentals", "Events", "Fleet", "Housing",
    ];

    /// <summary>Entities that are people: each gets Email, Phone, IdCardNumber, DateOfBirth, ...</summary>
    public static readonly string[] People =
    [
        "Customer", "Patient", "Employee", "Member", "Subscriber", "Applicant", "Passenger", "Guest",
        "Student", "Driver", "Tenant", "Donor", "Borrower", "Policyholder", "Candidate", "Resident",
    ];

    /// <summary>Business records that point at a person and carry lines and amounts.</summary>
    public static readonly string[] Records =
    [
        "Order", "Invoice", "Shipment", "Booking", "Claim", "Ticket", "Enrollment", "Reservation",
        "Payment", "Lease", "Loan", "Consignment", "Appointment", "Subscription", "Quote", "Refund",
    ];

    public static readonly string[] Categories = ["books", "devices", "food", "travel", "services", "clothing", "medical", "software"];

    public static readonly string[] Tags = ["synced", "exported", "notified", "archived", "reviewed", "flagged", "migrated"];

    /// <summary>Hosts an HTTP call may go to: foreign SaaS, Chinese services, cloud endpoints and internal names.</summary>
    public static readonly string[] Hosts =
    [
        "api.hubapi.com", "api.sendgrid.com", "api.twilio.com", "api.segment.io", "api.mixpanel.com",
        "api.crm-partner.com", "hooks.slack.com", "o12345.ingest.sentry.io", "api.openai.com",
        "dc.services.visualstudio.com", "api.weixin.qq.com", "open.feishu.cn", "api.partner.cn",
        "crm.northwind.cn", "billing.internal", "orders.svc.cluster.local", "s3.us-east-1.amazonaws.com",
        "s3.cn-north-1.amazonaws.com.cn", "oss-cn-hangzhou.aliyuncs.com", "api.datadoghq.com",
    ];

    public static readonly string[] Paths =
    [
        "v1/contacts", "v2/events", "api/customers", "ingest", "v3/mail/send", "track", "webhooks/orders",
        "v1/profiles", "api/v2/records", "collect", "v1/messages", "sync/people",
    ];

    /// <summary>AWS RegionEndpoint members: the first two are in mainland China.</summary>
    public static readonly string[] RegionMembers =
    [
        "CNNorth1", "CNNorthWest1", "USEast1", "USWest2", "EUWest1", "EUCentral1", "APSoutheast1", "APNortheast1", "APEast1",
    ];

    public static readonly string[] RegionNames =
    [
        "cn-north-1", "cn-northwest-1", "us-east-1", "eu-west-1", "ap-southeast-1", "ap-east-1", "eu-central-1",
    ];

    public static readonly string[] HelperNames =
    [
        "PublishAsync", "SyncContactAsync", "TrackAsync", "NotifyAsync", "ExportAsync", "UploadAsync",
        "ForwardAsync", "ReportAsync", "MirrorAsync", "ShareAsync", "PushAsync", "DeliverAsync",
    ];
}
