namespace ShopBackend;

public sealed record Customer(string Name, string Email, string Phone);

public sealed record Order(string Id, string CustomerName, string CustomerPhone, string CustomerEmail, string DeliveryAddress);

public sealed record Payment(string CardNumber, string CardHolder, decimal Amount);

public sealed record Subscriber(string Email, Uri Callback);
