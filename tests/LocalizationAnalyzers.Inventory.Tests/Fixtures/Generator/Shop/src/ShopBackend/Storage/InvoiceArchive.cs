using Aliyun.OSS;

namespace ShopBackend.Storage;

public sealed class InvoiceArchive
{
    // DLOC100 at="new OssClient(\"https://oss-cn-hangzhou.aliyuncs.com\", \"key\", \"secret\")" api=Aliyun.OSS.OssClient egressKind=cloud destination=alibaba:cn-hangzhou host=oss-cn-hangzhou.aliyuncs.com provider=alibaba region=cn-hangzhou country=CN personalData= sensitive=false source= verdict=compliant jurisdiction=CN rules=
    private readonly OssClient _oss = new OssClient("https://oss-cn-hangzhou.aliyuncs.com", "key", "secret");

    public OssClient Client => _oss;
}
