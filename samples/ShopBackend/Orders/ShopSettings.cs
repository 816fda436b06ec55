namespace ShopBackend.Orders;

public static class ShopSettings
{
    public const string OrdersTable = "orders";

    // DLOC002 is reported here, where the region is written: ap-east-1 is Hong Kong,
    // which is outside mainland China for PIPL.
    public const string BackupRegion = "ap-east-1";
}
