using LocalizationAnalyzers.PersonalData;
using Xunit;

namespace LocalizationAnalyzers.Tests.PersonalData;

public class IdentifierWordsTests
{
    [Theory]
    [InlineData("customerEmail", "customer email")]
    [InlineData("ID_CARD_NO", "id card no")]
    [InlineData("DateOfBirth", "date of birth")]
    [InlineData("shenFenZheng", "shen fen zheng")]
    [InlineData("HTTPServerName", "http server name")]
    [InlineData("email2", "email 2")]
    [InlineData("ipv4Address", "ipv 4 address")]
    [InlineData("IPAddress", "ip address")]
    [InlineData("EMail", "e mail")]
    [InlineData("eMail", "e mail")]
    [InlineData("SSNs", "ssns")]
    [InlineData("IdCardNo", "id card no")]
    [InlineData("AddressLine1", "address line 1")]
    [InlineData("_email", "email")]
    [InlineData("m_email", "email")]
    [InlineData("s_instance", "instance")]
    [InlineData("@event", "event")]
    [InlineData("x-forwarded-for", "x forwarded for")]
    [InlineData("date of birth", "date of birth")]
    [InlineData("m", "m")]
    [InlineData("身份证号", "身份证号")]
    [InlineData("Фамилия", "фамилия")]
    [InlineData("", "")]
    [InlineData("__", "")]
    public void Splits_identifiers_into_lowercase_words(string identifier, string expected)
    {
        Assert.Equal(expected, string.Join(" ", IdentifierWords.Split(identifier)));
    }
}
