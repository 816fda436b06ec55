using OpenTelemetry;
using StackExchange.Redis;

// A worker without a data-localization policy: the inventory still lists where it sends data.
// DLOC100 at="new Uri(\"https://otlp.eu01.nr-data.net:4317\")" api=OpenTelemetry.OtlpExporterOptions.Endpoint egressKind=telemetry destination=otlp.eu01.nr-data.net host=otlp.eu01.nr-data.net provider= region= country=DE personalData= sensitive=false source= verdict=no-policy jurisdiction= rules=
var otlp = new OtlpExporterOptions { Endpoint = new Uri("https://otlp.eu01.nr-data.net:4317") };

// DLOC100 at="ConnectionMultiplexer.Connect(\"cache.shop.internal:6379\")" api=StackExchange.Redis.ConnectionMultiplexer.Connect egressKind=database destination=cache.shop.internal host=cache.shop.internal provider= region= country=unknown personalData= sensitive=false source= verdict=no-policy jurisdiction= rules=
var redis = ConnectionMultiplexer.Connect("cache.shop.internal:6379");

using var http = new HttpClient();
// DLOC100 at="http.GetStringAsync(\"https://api.exchangerate.host/latest\")" api=System.Net.Http.HttpClient.GetStringAsync egressKind=http destination=api.exchangerate.host host=api.exchangerate.host provider= region= country=unknown personalData= sensitive=false source= verdict=no-policy jurisdiction= rules=
var rates = await http.GetStringAsync("https://api.exchangerate.host/latest");

Console.WriteLine($"{otlp.Endpoint} {redis} {rates.Length}");
