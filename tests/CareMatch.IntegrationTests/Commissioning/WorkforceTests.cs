using System.Net;
using CareMatch.Accounts.Contracts;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Payments;
using CareMatch.IntegrationTests.Providers;
using CareMatch.Needs.Contracts;
using CareMatch.Providers.Contracts;

namespace CareMatch.IntegrationTests.Commissioning;

/// <summary>
/// "Workforce and the market" from a known history of Providers', Needs' and Bookings' events:
/// ten bookable carers based in the council's district at known rates and hours (one also verified
/// long ago, one whose older profile arrives late), one suspended, one never bookable, one based
/// elsewhere; six requests given visits, one of them since closed. Then the framework rate set
/// through its form, its refusals, and who may see it. On both databases, as the counting is SQL.
/// </summary>
public abstract class WorkforceTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    private const string NotShown = "Not shown (fewer than 5)";

    private readonly CommissioningEvents _events = new(factory);

    [Fact]
    public async Task A_known_history_gives_each_workforce_figure_its_exact_value_on_the_page_and_in_the_csv()
    {
        var commissioner = await factory.CommissionerOfNewCouncilAsync();
        var district = await _events.DistrictOfAsync(commissioner.Email);
        await HistoryAsync(district);
        await SetRateAsync(commissioner, "24.00");

        var page = await PageAsync(commissioner, "weeks=13");
        Assert.Equal("10", Cell(page, "bookable"));
        Assert.Equal("10", Cell(page, "newly-verified"));
        Assert.Equal("6", Cell(page, "active"));
        // 1 hour for the first carer, then 1.5, 2, ... 5.5 hours: 32.5 hours.
        Assert.Equal("32.5 hours", Cell(page, "hours-offered"));
        Assert.Equal("5 hours, for 5 requests", Cell(page, "hours-booked"));
        // Rates £16 to £34 in steps of £2: the middle two are £24 and £26.
        Assert.Equal("£25", Cell(page, "median-rate"));
        Assert.Equal("£24", Cell(page, "framework-rate"));
        Assert.Equal("50% (5 of 10)", Cell(page, "at-or-under"));
        // £25 less 10% commission (£2.50) and VAT on it (50p).
        Assert.Equal("£22", Cell(page, "pay-after-fees"));
        Assert.Equal("10", Cell(page, "district-bookable"));

        // Half of them offer companionship; age and funding describe the person cared for, and are not offered.
        var companionship = await PageAsync(commissioner, "weeks=13&care=Companionship");
        Assert.Equal("5", Cell(companionship, "bookable"));
        Assert.Equal("£20", Cell(companionship, "median-rate"));
        Assert.DoesNotContain("id=\"age\"", page, StringComparison.Ordinal);
        // Four weeks back, only the carers verified in the last week are new.
        Assert.Equal(NotShown, Cell(await PageAsync(commissioner, "weeks=4"), "newly-verified"));

        var csv = System.Text.Encoding.UTF8.GetString(await commissioner.Client.GetByteArrayAsync("/Commissioner/Workforce?handler=Csv&weeks=13"));
        Assert.Contains(",Carers people can book,10,,", csv, StringComparison.Ordinal);
        Assert.Contains(",Hours offered a week,32.5,,", csv, StringComparison.Ordinal);
        Assert.Contains(",Middle hourly rate (£),25.00,,", csv, StringComparison.Ordinal);
        Assert.Contains(",Carers charging no more than the framework rate,5,10,50.0", csv, StringComparison.Ordinal);
        Assert.Contains($",{district},All,All,All,Carers people can book,10,,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_framework_rate_is_refused_at_its_field_when_it_is_not_a_sensible_hourly_rate_and_nothing_is_saved()
    {
        var commissioner = await factory.CommissionerOfNewCouncilAsync();
        Assert.Equal("Not set", Cell(await PageAsync(commissioner, "weeks=13"), "framework-rate"));

        foreach (var (typed, message) in new[]
        {
            ("", "Enter the framework's hourly rate"),
            ("abc", "Enter the framework's hourly rate in pounds and pence, like 22.50"),
            ("5.00", "The framework's hourly rate must be at least £10"),
            ("150", "The framework's hourly rate must be £100 or less"),
        })
        {
            var refused = await commissioner.Client.SubmitAsync("/Commissioner/Workforce/Rate", new Dictionary<string, string> { ["Input.HourlyRate"] = typed });
            await FieldErrors.AssertFieldErrorAsync(refused, "Input.HourlyRate", message);
        }
        Assert.Equal("Not set", Cell(await PageAsync(commissioner, "weeks=13"), "framework-rate"));

        var saved = await SetRateAsync(commissioner, "£23.75");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Your framework's hourly rate is saved", WebUtility.HtmlDecode(await commissioner.Client.GetStringAsync(saved.Headers.Location)), StringComparison.Ordinal);
        Assert.Equal("£23.75", Cell(await PageAsync(commissioner, "weeks=13"), "framework-rate"));
        Assert.Contains("value=\"23.75\"", await commissioner.Client.GetStringAsync("/Commissioner/Workforce/Rate"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seeker_is_refused_and_another_council_sees_none_of_these_carers()
    {
        var commissioner = await factory.CommissionerOfNewCouncilAsync();
        await HistoryAsync(await _events.DistrictOfAsync(commissioner.Email));
        await SetRateAsync(commissioner, "24");

        var (seekerEmail, _) = await factory.RegisterAsync(AccountRoles.Seeker);
        var seeker = await factory.SignedInAsync(seekerEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await seeker.GetAsync("/Commissioner/Workforce")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await seeker.GetAsync("/Commissioner/Workforce?handler=Csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await seeker.PostAsync("/Commissioner/Workforce/Rate", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.HourlyRate"] = "30" }))).StatusCode);

        var other = await factory.CommissionerOfNewCouncilAsync();
        var theirs = await PageAsync(other, "weeks=52");
        Assert.Equal("0", Cell(theirs, "bookable"));
        Assert.Equal("0", Cell(theirs, "active"));
        Assert.Equal("Not set", Cell(theirs, "framework-rate"));
        Assert.Equal("£24", Cell(await PageAsync(commissioner, "weeks=13"), "framework-rate"));
    }

    private async Task HistoryAsync(string district)
    {
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < 10; i++)
        {
            var carer = Guid.NewGuid();
            CareType[] offers = i < 5 ? [CareType.PersonalCare, CareType.Companionship] : [CareType.PersonalCare];
            await _events.PublishAsync(Profile(carer, district, offers, 1_600 + (i * 200), 60 + (i * 30), bookable: true, now.AddDays(-10)));
            await _events.PublishAsync(new CarerVerified(carer) { OccurredAt = i < 2 ? now.AddDays(-3) : now.AddDays(-40) });
            if (i == 9)
            {
                // Verified once more after a lapse: the first verification stands.
                await _events.PublishAsync(new CarerVerified(carer) { OccurredAt = now.AddDays(-1) });
                // A profile from before the latest, delivered late, changes nothing.
                await _events.PublishAsync(Profile(carer, district, [CareType.LiveIn], 9_000, 6_000, bookable: false, now.AddDays(-20)));
            }
        }
        var suspended = Guid.NewGuid();
        await _events.PublishAsync(Profile(suspended, district, [CareType.PersonalCare], 1_000, 600, bookable: true, now.AddDays(-10)));
        await _events.PublishAsync(new CarerSuspended(suspended, "DBS expired") { OccurredAt = now.AddDays(-2) });
        await _events.PublishAsync(Profile(Guid.NewGuid(), district, [CareType.PersonalCare], null, 0, bookable: false, now.AddDays(-10)));
        await _events.PublishAsync(Profile(Guid.NewGuid(), "ZZ9", [CareType.PersonalCare], 1_000, 600, bookable: true, now.AddDays(-10)));

        for (var i = 0; i < 6; i++)
        {
            var request = await _events.PostedAsync(district, now.AddDays(-30));
            await _events.DeliveredAsync(request, now.AddDays(-20 + i));
            if (i == 0) await _events.PublishAsync(new CareRequestClosed(request, CareRequestStatus.Closed) { OccurredAt = now.AddDays(-5) });
        }
    }

    private static CarerProfileChanged Profile(Guid carer, string district, CareType[] offers, long? rate, int weeklyMinutes, bool bookable, DateTimeOffset at) =>
        new(carer, $"{district} 1", 53.8, -1.55, 10, offers, [], ["English"], null, false, rate, bookable, weeklyMinutes) { OccurredAt = at };

    private static Task<HttpResponseMessage> SetRateAsync(CouncilSetup.Commissioner commissioner, string rate) =>
        commissioner.Client.SubmitAsync("/Commissioner/Workforce/Rate", new Dictionary<string, string> { ["Input.HourlyRate"] = rate });

    private static async Task<string> PageAsync(CouncilSetup.Commissioner commissioner, string query) =>
        WebUtility.HtmlDecode(await commissioner.Client.GetStringAsync($"/Commissioner/Workforce?{query}"));

    private static string Cell(string page, string testId)
    {
        var match = System.Text.RegularExpressions.Regex.Match(page, $"data-testid=\"{testId}\">([^<]*)<");
        Assert.True(match.Success, $"no {testId} on the page");
        return match.Groups[1].Value.Trim();
    }
}

public sealed class WorkforceOnSqlite(SqliteAppFactory factory) : WorkforceTests<SqliteAppFactory>(factory);

public sealed class WorkforceOnPostgreSql(PostgresAppFactory factory) : WorkforceTests<PostgresAppFactory>(factory);
