namespace ShopBackend.Orders;

public static class ShopSettings
{
    public const string OrdersTable = "orders";

    // DLOC002 at="\"ap-east-1\"" also="RegionEndpoint.GetBySystemName(ShopSettings.BackupRegion)" message="AWS region 'ap-east-1' (Asia Pacific (Hong Kong)) is in Hong Kong (HK), outside the approved jurisdiction CN; use a region inside CN or approve this one in data_localization.approved_regions"
    public const string BackupRegion = "ap-east-1";
}
