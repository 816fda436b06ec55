namespace LocalizationAnalyzers.Egress;

/// <summary>What kind of channel an egress site is (the inventory groups by it).</summary>
internal enum EgressKind
{
    Cloud,
    Http,
    Telemetry,

    /// <summary>A database or cache: its connection, and the writes that store data there.</summary>
    Database,
    Mail,
    Messaging,
    Rpc,

    /// <summary>A vendor's own service reached through its SDK (SendGrid, Stripe): the vendor is the destination.</summary>
    Saas,
}
