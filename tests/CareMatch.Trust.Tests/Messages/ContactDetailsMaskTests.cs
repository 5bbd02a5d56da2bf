using CareMatch.Trust.Messages;

namespace CareMatch.Trust.Tests.Messages;

/// <summary>
/// What a family and a carer write before a booking: the usual ways of giving a phone number,
/// an email address or a link are hidden; times, dates, prices and counts that care talk is
/// full of are left alone.
/// </summary>
public sealed class ContactDetailsMaskTests
{
    [Theory]
    [InlineData("Ring 07700 900123 after six", "Ring [phone number hidden] after six")]
    [InlineData("Ring 07700900123", "Ring [phone number hidden]")]
    [InlineData("My mobile is +44 7700 900 123.", "My mobile is [phone number hidden].")]
    [InlineData("Landline (0113) 496-0000", "Landline [phone number hidden]")]
    [InlineData("or 0113.496.0000", "or [phone number hidden]")]
    [InlineData("email jo.smith+care@example.co.uk please", "email [email address hidden] please")]
    [InlineData("jo (at) example.org", "[email address hidden]")]
    [InlineData("See https://example.org/me?x=1 for my CV", "See [link hidden] for my CV")]
    [InlineData("find me at www.carers-r-us.net", "find me at [link hidden]")]
    [InlineData("my site mumcare.co.uk/about", "my site [link hidden]")]
    public void Contact_details_are_hidden(string written, string shown)
    {
        var (text, masked) = ContactDetailsMask.Mask(written);
        Assert.Equal(shown, text);
        Assert.True(masked);
    }

    [Theory]
    [InlineData("Visits 09:00 to 13:00 on 12/03/2027, twice a week")]
    [InlineData("Morning 09.00-13.00 and evening 18.00-19.30")]
    [InlineData("£18.50 an hour, 14 hours a week, from 1 March 2027")]
    [InlineData("Mum is 87 and lives at number 12 with her cat.")]
    [InlineData("Her GP visits every 2 weeks; 3 tablets at 8, 12 and 6.")]
    public void Ordinary_care_talk_is_left_alone(string written)
    {
        var (text, masked) = ContactDetailsMask.Mask(written);
        Assert.Equal(written, text);
        Assert.False(masked);
    }
}
