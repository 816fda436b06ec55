namespace ShopBackend.Customers;

/// <summary>A shop customer: personal data by its members' names (see the name vocabulary).</summary>
public sealed class Customer
{
    public string Id { get; set; } = "";

    public string FullName { get; set; } = "";

    public string Email { get; set; } = "";

    public string MobilePhone { get; set; } = "";

    /// <summary>Resident identity card number (身份证号).</summary>
    public string ShenFenZheng { get; set; } = "";
}
