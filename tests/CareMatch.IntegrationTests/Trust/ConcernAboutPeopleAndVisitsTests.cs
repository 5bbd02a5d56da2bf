using System.Net;
using System.Text.RegularExpressions;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Matching;
using CareMatch.IntegrationTests.Needs;
using CareMatch.IntegrationTests.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CareMatch.IntegrationTests.Trust.SafeguardingSetup;

namespace CareMatch.IntegrationTests.Trust;

/// <summary>
/// Concerns about a visit, a carer and a family, raised from the pages people are on: each says what
/// it is about, only the people party to it may raise it, an urgent one reaches the council with the
/// visit's times, admins are told in their inbox and see names (never account ids, the thread or the
/// address), and a commissioner sees their own council's counts only, small ones suppressed.
/// </summary>
public abstract partial class ConcernAboutPeopleAndVisitsTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    // Requests in these tests are in LS1 4 (ShortlistSetup.RequestNeeding).
    private const string District = "LS1";
    private const string Contact = "adult.safeguarding@ls1.example.gov.uk";

    [Fact]
    public async Task A_family_raises_an_urgent_concern_about_a_visit_and_the_council_and_every_admin_are_told()
    {
        await factory.CouncilContactAsync(District, Contact);
        var before = factory.EmailsTo(Contact).Count;
        var booked = await factory.BookedVisitAsync("FallsPrevention", "Tess Trusted");
        var seeker = booked.Invited.Seeker;

        var visitPage = await PageAsync(seeker, $"/Visits/{booked.VisitId}");
        Assert.Contains($"href=\"/Concerns/New?visitId={booked.VisitId}\" data-testid=\"raise-visit-concern\">Raise a concern about this visit</a>", visitPage, StringComparison.Ordinal);
        Assert.DoesNotContain("raise-family-concern", visitPage, StringComparison.Ordinal);
        var when = When().Match(visitPage).Groups[1].Value;
        Assert.Matches(@"^\w+day \d{1,2} \w+ \d{4}, \S+ to \S+$", when);

        var form = $"/Concerns/New?visitId={booked.VisitId}";
        Assert.Contains($"data-testid=\"concern-about\">About the visit on {when}<", await PageAsync(seeker, form), StringComparison.Ordinal);

        // Bad input is told at its field, and nothing is kept.
        var empty = WebUtility.HtmlDecode(await (await seeker.SubmitAsync(form, new Dictionary<string, string> { ["Input.WhatHappened"] = " ", ["Input.Urgent"] = "true" })).Content.ReadAsStringAsync());
        Assert.Contains("Enter what happened", empty, StringComparison.Ordinal);
        var tooLong = WebUtility.HtmlDecode(await (await seeker.SubmitAsync(form, new Dictionary<string, string> { ["Input.WhatHappened"] = new string('x', 2001), ["Input.Urgent"] = "true" })).Content.ReadAsStringAsync());
        Assert.Contains("What happened must be 2,000 characters or fewer", tooLong, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"no-concerns\"", await PageAsync(seeker, "/Concerns"), StringComparison.Ordinal);
        Assert.Equal(before, factory.EmailsTo(Contact).Count);

        // Someone else's visit is not found, to read the form or to post it.
        var (strangerEmail, _) = await factory.RegisterAsync(CareMatch.Accounts.Contracts.AccountRoles.Seeker);
        var stranger = await factory.SignedInAsync(strangerEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(form)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostWithTokenFromAsync("/Account/ChangePassword", form, new Dictionary<string, string> { ["Input.WhatHappened"] = "Guessing", ["Input.Urgent"] = "true" })).StatusCode);

        var concernId = await seeker.RaiseAsync(form, "The carer left my mother on the floor and walked out", urgent: true);

        var email = factory.EmailsTo(Contact).Skip(before).Single();
        var reference = Reference().Match(email).Value;
        Assert.Contains($"About: a care visit on {when} (UK time)", email, StringComparison.Ordinal);
        Assert.Matches(@"Raised at: \d{1,2} \w+ \d{4} \d{2}:\d{2}:\d{2} UTC", email);
        Assert.Matches(@"Sent at: \d{1,2} \w+ \d{4} \d{2}:\d{2}:\d{2} UTC", email);
        Assert.DoesNotContain("Tess Trusted", email, StringComparison.Ordinal);
        Assert.DoesNotContain("floor", email, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"concern-about\">The visit on {when}<", await PageAsync(seeker, "/Concerns"), StringComparison.Ordinal);

        // Every admin has it in their inbox, linked to the concern; the raiser's words are not in it.
        var admin = await factory.AdminAsync();
        var inbox = await PageAsync(admin, "/Inbox");
        Assert.Contains($"Urgent safeguarding concern {reference}", inbox, StringComparison.Ordinal);
        Assert.DoesNotContain("floor", inbox, StringComparison.Ordinal);
        var adminEmail = factory.EmailsTo(CareMatchAppFactory.AdminEmail).Last(e => e.Contains(reference, StringComparison.Ordinal));
        Assert.Contains($"/Admin/Concerns/{concernId}", adminEmail, StringComparison.Ordinal);

        // The admin sees who raised it and what it is about by name, a carer link, and no thread or address.
        var queue = await PageAsync(admin, "/Admin/Concerns");
        Assert.Contains($"data-testid=\"concern-raised-by\">{booked.Invited.SeekerEmail} (family)<", queue, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"concern-about\">The visit on {when}<", queue, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/Admin/Concerns/{concernId}", new Dictionary<string, string>(), handler: "Assign")).StatusCode);
        var detail = await PageAsync(admin, $"/Admin/Concerns/{concernId}");
        Assert.Contains($"data-testid=\"concern-about\">The visit on {when} with Tess Trusted (carer), care in {District}<", detail, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Admin/Carers/Review/{booked.Invited.Carer.ProfileId}\" data-testid=\"concern-about-link\"", detail, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"concern-owner\">{CareMatchAppFactory.AdminEmail} (admin)<", detail, StringComparison.Ordinal);
        Assert.Contains($"<strong>Raised</strong> by {booked.Invited.SeekerEmail} (family)", detail, StringComparison.Ordinal);
        Assert.Contains("<strong>Emailed to the council's safeguarding contact</strong> by CareMatch (automatically)", detail, StringComparison.Ordinal);
        Assert.Contains($"<strong>Assigned</strong> by {CareMatchAppFactory.AdminEmail} (admin)", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("read-thread", detail, StringComparison.Ordinal);
        Assert.DoesNotContain(CareRequestForms.AddressLine, detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Admin/Concerns/{concernId}/Thread")).StatusCode);

        // From the carer's page, a family that booked them is routed to the council of that care (LS1), not of the carer's home (LS6).
        await seeker.RaiseAsync($"/Concerns/New?carerId={booked.Invited.Carer.ProfileId}", "She came back to the house uninvited", urgent: true);
        var aboutCarer = factory.EmailsTo(Contact).Skip(before).ToList();
        Assert.Equal(2, aboutCarer.Count);
        Assert.Contains("About: a carer", aboutCarer[1], StringComparison.Ordinal);
        Assert.Contains($"Area (postcode district): {District}", aboutCarer[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seeker_raises_a_concern_about_a_carer_from_their_page_and_a_carer_about_the_family_they_visit()
    {
        var booked = await factory.BookedVisitAsync("DementiaCare", "Cato Carer");
        var carer = booked.Invited.Carer;

        // Any signed-in seeker may raise a concern about a carer from the carer's page; a carer may not.
        var (seekerEmail, _) = await factory.RegisterAsync(CareMatch.Accounts.Contracts.AccountRoles.Seeker);
        var seeker = await factory.SignedInAsync(seekerEmail);
        Assert.Contains($"href=\"/Concerns/New?carerId={carer.ProfileId}\" data-testid=\"raise-concern\">Raise a concern about this carer</a>", await PageAsync(seeker, $"/Carers/{carer.ProfileId}"), StringComparison.Ordinal);
        var aboutCarer = $"/Concerns/New?carerId={carer.ProfileId}";
        Assert.Contains("data-testid=\"concern-about\">About Cato Carer, carer<", await PageAsync(seeker, aboutCarer), StringComparison.Ordinal);
        var other = await factory.CarerWithSkillAsync("Otto Other", "LS6 2AB", "DementiaCare");
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(aboutCarer)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await seeker.GetAsync($"/Concerns/New?carerId={Guid.NewGuid()}")).StatusCode);
        var aboutCarerId = await seeker.RaiseAsync(aboutCarer, "He asked my neighbour for her PIN", urgent: false);

        // The seeker of the booking raises one about the carer from the booking page.
        Assert.Contains("Raise a concern about this carer", await PageAsync(booked.Invited.Seeker, $"/Bookings/{booked.BookingId}"), StringComparison.Ordinal);
        Assert.Contains("About Cato Carer, carer", await PageAsync(booked.Invited.Seeker, $"/Concerns/New?bookingId={booked.BookingId}"), StringComparison.Ordinal);

        // The booked carer raises one about the family, from the booking page and from the visit page.
        Assert.Contains($"href=\"/Concerns/New?bookingId={booked.BookingId}\" data-testid=\"raise-concern\">Raise a concern about the family</a>", await PageAsync(carer.Client, $"/Bookings/{booked.BookingId}"), StringComparison.Ordinal);
        Assert.Contains($"href=\"/Concerns/New?visitId={booked.VisitId}&family=true\" data-testid=\"raise-family-concern\"", await PageAsync(carer.Client, $"/Visits/{booked.VisitId}"), StringComparison.Ordinal);
        Assert.Contains($"About the family of {CareRequestForms.FirstName}, the person cared for", await PageAsync(carer.Client, $"/Concerns/New?visitId={booked.VisitId}&family=true"), StringComparison.Ordinal);
        // The family cannot raise "about the family" of their own visit, nor anyone about a booking not theirs.
        Assert.Equal(HttpStatusCode.NotFound, (await booked.Invited.Seeker.GetAsync($"/Concerns/New?visitId={booked.VisitId}&family=true")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await seeker.GetAsync($"/Concerns/New?bookingId={booked.BookingId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/Concerns/New?bookingId={booked.BookingId}")).StatusCode);
        var aboutFamily = $"/Concerns/New?bookingId={booked.BookingId}";
        Assert.Contains($"About the family of {CareRequestForms.FirstName}, the person cared for", await PageAsync(carer.Client, aboutFamily), StringComparison.Ordinal);
        var aboutFamilyId = await carer.Client.RaiseAsync(aboutFamily, "The son shouts at his mother and took her pension", urgent: false);
        Assert.Contains($"data-testid=\"concern-about\">The family of {CareRequestForms.FirstName}, the person cared for<", await PageAsync(carer.Client, "/Concerns"), StringComparison.Ordinal);

        var admin = await factory.AdminAsync();
        var carerConcern = await PageAsync(admin, $"/Admin/Concerns/{aboutCarerId}");
        Assert.Contains($"data-testid=\"concern-raised-by\">{seekerEmail} (family)<", carerConcern, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"concern-about\">Cato Carer, carer<", carerConcern, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Admin/Carers/Review/{carer.ProfileId}\"", carerConcern, StringComparison.Ordinal);
        var familyConcern = await PageAsync(admin, $"/Admin/Concerns/{aboutFamilyId}");
        Assert.Contains("data-testid=\"concern-raised-by\">Cato Carer (carer)<", familyConcern, StringComparison.Ordinal);
        Assert.Contains($"The family of {CareRequestForms.FirstName}, the person cared for", familyConcern, StringComparison.Ordinal);
        Assert.DoesNotContain(CareRequestForms.AddressLine, familyConcern, StringComparison.Ordinal);
        Assert.DoesNotContain("read-thread", familyConcern, StringComparison.Ordinal);
        Assert.Contains("Cato Carer (carer)", await PageAsync(admin, "/Admin/Concerns"), StringComparison.Ordinal);
        // Neither concern was urgent: the trail says raised, and no email went.
        Assert.Equal(["Raised"], TrailKinds().Matches(familyConcern).Select(m => m.Groups[1].Value).ToList());
    }

    [Fact]
    public async Task A_commissioner_sees_their_own_councils_counts_with_fewer_than_five_suppressed()
    {
        var commissioner = await factory.CommissionerOfNewCouncilAsync();
        var councilDistrict = await CouncilDistrictOfAsync(commissioner);
        // A carer living in the commissioner's district: concerns about them from their page go to that council.
        var carer = await factory.CarerWithSkillAsync("Kit Counted", $"{councilDistrict} 1AA", "PalliativeCare");
        var (seekerEmail, _) = await factory.RegisterAsync(CareMatch.Accounts.Contracts.AccountRoles.Seeker);
        var seeker = await factory.SignedInAsync(seekerEmail);
        var form = $"/Concerns/New?carerId={carer.ProfileId}";

        var raised = new List<Guid>();
        for (var i = 0; i < 4; i++) raised.Add(await seeker.RaiseAsync(form, $"Worry number {i + 1}", urgent: i < 2));
        var home = await PageAsync(commissioner.Client, "/Commissioner");
        Assert.Contains("data-testid=\"concerns-open\">fewer than 5<", home, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"concerns-urgent\">fewer than 5<", home, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"concerns-closed\">0<", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Kit Counted", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Worry", home, StringComparison.Ordinal);

        raised.Add(await seeker.RaiseAsync(form, "Worry number 5", urgent: false));
        home = await PageAsync(commissioner.Client, "/Commissioner");
        Assert.Contains("data-testid=\"concerns-open\">5<", home, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"concerns-urgent\">fewer than 5<", home, StringComparison.Ordinal);

        var admin = await factory.AdminAsync();
        foreach (var id in raised)
            Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/Admin/Concerns/{id}", new Dictionary<string, string> { ["Input.Status"] = "Closed" })).StatusCode);
        home = await PageAsync(commissioner.Client, "/Commissioner");
        Assert.Contains("data-testid=\"concerns-open\">0<", home, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"concerns-closed\">5<", home, StringComparison.Ordinal);

        // Another council's commissioner sees none of them.
        var otherHome = await PageAsync((await factory.CommissionerOfNewCouncilAsync()).Client, "/Commissioner");
        Assert.Contains("data-testid=\"concerns-open\">0<", otherHome, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"concerns-closed\">0<", otherHome, StringComparison.Ordinal);
    }

    private Task<string> CouncilDistrictOfAsync(CouncilSetup.Commissioner commissioner) => factory.InScopeAsync(async services =>
    {
        var accounts = services.GetRequiredService<CareMatch.Accounts.Persistence.AccountsDbContext>();
        var userId = await accounts.Users.Where(u => u.Email == commissioner.Email).Select(u => u.Id).SingleAsync();
        var commissioning = services.GetRequiredService<CareMatch.Commissioning.Persistence.CommissioningDbContext>();
        var councilId = await commissioning.CommissionerAssignments.Where(c => c.UserId == userId).Select(c => c.CouncilId).SingleAsync();
        return await commissioning.CouncilDistricts.Where(d => d.CouncilId == councilId).Select(d => d.District).SingleAsync();
    });

    [GeneratedRegex(@"<dt class=""govuk-summary-list__key"">When</dt><dd class=""govuk-summary-list__value"">([^<]*)</dd>")]
    private static partial Regex When();

    [GeneratedRegex(@"SG-[0-9A-F]{8}")]
    private static partial Regex Reference();

    [GeneratedRegex(@"data-testid=""trail-entry"">[^<]*<strong>([^<]*)</strong>")]
    private static partial Regex TrailKinds();
}

public sealed class ConcernAboutPeopleAndVisitsTestsOnSqlite(SqliteAppFactory factory) : ConcernAboutPeopleAndVisitsTests<SqliteAppFactory>(factory);

public sealed class ConcernAboutPeopleAndVisitsTestsOnPostgreSql(PostgresAppFactory factory) : ConcernAboutPeopleAndVisitsTests<PostgresAppFactory>(factory);
