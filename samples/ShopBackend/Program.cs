using Microsoft.Extensions.Configuration;
using ShopBackend.Catalog;
using ShopBackend.Notifications;
using ShopBackend.Orders;
using ShopBackend.Startup;

// The sample never calls the cloud: creating SDK clients is enough for the analyzers to judge
// where they point. The build output above this line is the demonstration.
using var images = new ProductImageStore();
using var orders = new OrderRepository();
using var events = new OrderEvents();
var aws = AwsSetup.CreateOptions();
var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: true)
    .AddJsonFile($"appsettings.{Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production"}.json", optional: true)
    .Build();
var configured = AwsSetup.FromConfiguration(configuration);

Console.WriteLine("ShopBackend: product images, orders and order events are configured.");
Console.WriteLine($"Default AWS region: {aws.Region?.SystemName}");
Console.WriteLine($"AWS region from appsettings: {configured.Region?.SystemName}");
Console.WriteLine("The DLOC warnings of the build show which of them leave mainland China.");
