// DLOC900 message="data_localization.approved_regions: 'aws:cn-nort-1' is not a known region of aws; accepted: a region id such as aws:cn-north-1, or a bare region id"
Console.WriteLine("ShopBackend fixture");
