using Twilio;

namespace ShopBackend.Messaging;

public static class SmsNotifier
{
    public static Task ShippedAsync(Order order)
    {
        // DLOC100 at="TwilioSms.SendAsync(order.CustomerPhone, \"Your parcel is on its way\")" api=Twilio.TwilioSms.SendAsync egressKind=messaging destination=api.twilio.com host=api.twilio.com provider= region= country=US+IE personalData=contact sensitive=false source=Order.CustomerPhone verdict=outside jurisdiction=CN rules=DLOC001
        // DLOC001 at="TwilioSms.SendAsync(order.CustomerPhone, \"Your parcel is on its way\")" also="string CustomerPhone" message="Personal data (contact: Order.CustomerPhone) is sent to api.twilio.com in United States (US) or Ireland (IE), outside the approved jurisdiction CN"
        return TwilioSms.SendAsync(order.CustomerPhone, "Your parcel is on its way");
    }
}
