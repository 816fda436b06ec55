using System.Text;
using Aliyun.OSS;

namespace ShopBackend.Customers;

/// <summary>
/// Real-name verification records (实名认证), archived in Alibaba Cloud OSS. The Hangzhou bucket is inside
/// mainland China and stays quiet; the Hong Kong disaster-recovery copy is a cross-border transfer.
/// </summary>
public sealed class IdentityArchive
{
    // Quiet: oss-cn-hangzhou is Alibaba Cloud China (Hangzhou).
    private readonly OssClient _hangzhou = new("https://oss-cn-hangzhou.aliyuncs.com", "ak", "sk");

    // DLOC003: Hong Kong is outside mainland China (HK is not CN).
    private readonly OssClient _hongKong = new("https://oss-cn-hongkong.aliyuncs.com", "ak", "sk");

    public void Archive(Customer customer)
    {
        var record = Encoding.UTF8.GetBytes($"{customer.FullName};{customer.ShenFenZheng}");
        _hangzhou.PutObject("shop-identity", $"customers/{customer.Id}.txt", new MemoryStream(record));

        // DLOC001: the identity card number and name go to Hong Kong.
        _hongKong.PutObject("shop-identity-dr", $"customers/{customer.Id}.txt", new MemoryStream(record));
    }
}
