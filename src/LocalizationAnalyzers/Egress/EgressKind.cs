namespace LocalizationAnalyzers.Egress;

/// <summary>What kind of channel an egress site is (the inventory groups by it).</summary>
internal enum EgressKind
{
    Cloud,
    Http,
    Telemetry,
    Database,
    Mail,
    Messaging,
    Rpc,
}
