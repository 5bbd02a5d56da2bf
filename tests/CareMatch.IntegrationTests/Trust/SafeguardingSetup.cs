using System.Net;
using CareMatch.Commissioning.Persistence;
using CareMatch.IntegrationTests.Bookings;
using CareMatch.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Trust;

/// <summary>What the concern tests about people and visits need: a council contact for a district, a booked visit, and pages read as a person reads them.</summary>
internal static class SafeguardingSetup
{
    /// <summary>The council covering <paramref name="district"/> (made on the admin's page when there is none) with its safeguarding contact set.</summary>
    public static async Task<string> CouncilContactAsync(this CareMatchAppFactory factory, string district, string contact)
    {
        var admin = await factory.AdminAsync();
        var councilId = await factory.InScopeAsync(services => services.GetRequiredService<CommissioningDbContext>().CouncilDistricts.Where(d => d.District == district).Select(d => (Guid?)d.CouncilId).SingleOrDefaultAsync());
        if (councilId is null)
        {
            var name = $"Council {Guid.NewGuid():N}";
            Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/Admin/Councils/Create", new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Districts"] = district })).StatusCode);
            councilId = await factory.InScopeAsync(services => services.GetRequiredService<CommissioningDbContext>().Councils.Where(c => c.Name == name).Select(c => (Guid?)c.Id).SingleAsync());
        }
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/Admin/Councils/Safeguarding?councilId={councilId}", new Dictionary<string, string> { ["Input.Email"] = contact, ["Input.Phone"] = "0113 222 4401" })).StatusCode);
        return contact;
    }

    public sealed record BookedVisit(BookingSetup.Invited Invited, Guid BookingId, Guid VisitId);

    /// <summary>A carer invited and accepting, so there is a booking and its first visit.</summary>
    public static async Task<BookedVisit> BookedVisitAsync(this CareMatchAppFactory factory, string skill, string carerName)
    {
        var invited = await factory.InvitedAsync(skill, carerName: carerName);
        var bookingId = BookingSetup.BookingIdFrom(await invited.Carer.Client.OfferActionAsync("/Carer/Offers", "Accept", invited.OfferId));
        await factory.DrainOutboxAsync();
        var visitId = BookingSetup.VisitIds(await PageAsync(invited.Seeker, $"/Bookings/{bookingId}")).First();
        return new BookedVisit(invited, bookingId, visitId);
    }

    public static async Task<string> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Raises a concern through the form and answers its id.</summary>
    public static async Task<Guid> RaiseAsync(this HttpClient client, string form, string whatHappened, bool urgent)
    {
        var raised = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.WhatHappened"] = whatHappened, ["Input.Urgent"] = urgent ? "true" : "false" });
        Assert.True(raised.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await raised.Content.ReadAsStringAsync()));
        return Guid.Parse(raised.Headers.Location!.OriginalString.Split("raised=")[1]);
    }
}
