using Microsoft.Extensions.Configuration;
using ShopBackend.Catalog;
using ShopBackend.Customers;
using ShopBackend.Notifications;
using ShopBackend.Orders;
using ShopBackend.Startup;

// The sample never calls the cloud or sends mail: creating clients is enough for the analyzers to judge
// where they point. The build output above this line is the demonstration.
using var images = new ProductImageStore();
using var orders = new OrderRepository();
using var events = new OrderEvents();
using var mailer = new Mailer();
var identities = new IdentityArchive();
var sms = new SmsNotifier();
var aws = AwsSetup.CreateOptions();
var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: true)
    .AddJsonFile($"appsettings.{Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production"}.json", optional: true)
    .Build();
var configured = AwsSetup.FromConfiguration(configuration);

Console.WriteLine("ShopBackend: images, orders, events, CRM, analytics, mail, SMS, identity archive and error reporting are configured.");
Console.WriteLine($"Default AWS region: {aws.Region?.SystemName}");
Console.WriteLine($"AWS region from appsettings: {configured.Region?.SystemName}");
Console.WriteLine("The DLOC warnings of the build show which of them send customers' data out of mainland China.");
