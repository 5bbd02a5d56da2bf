using System.Net;
using CareMatch.Bookings.Persistence;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Matching;
using CareMatch.IntegrationTests.Needs;
using CareMatch.IntegrationTests.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Bookings;

/// <summary>
/// Races decided by the database, on SQLite and PostgreSQL: 50 carers accepting one request at
/// once give one booking; one carer accepting 50 clashing requests at once gets at most one;
/// an overlapping visit written with raw SQL, past the application, is refused.
/// </summary>
public abstract class BookingRaceTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    private const int Racers = 50;

    [Fact]
    public async Task Fifty_simultaneous_accepts_of_one_request_give_one_booking_and_49_clear_answers()
    {
        var (seeker, _) = await factory.NewSeekerAsync();
        var requestId = await seeker.PostRequestAsync(ShortlistSetup.RequestNeeding("Parkinsons"));
        var carers = new List<(TestCarer Carer, Guid OfferId)>();
        for (var i = 0; i < Racers; i++)
        {
            var carer = await factory.CarerWithSkillAsync($"Racer {i}", "LS6 2AB", "Parkinsons");
            carers.Add((carer, await seeker.InviteAsync(requestId, carer.ProfileId)));
        }

        // Each carer has their page open with its token; then all press Accept together.
        var tokens = await Task.WhenAll(carers.Select(c => c.Carer.Client.GetStringAsync("/Carer/Offers")));
        using var start = new SemaphoreSlim(0);
        var presses = carers.Select((c, i) => Task.Run(async () =>
        {
            await start.WaitAsync();
            return await c.Carer.Client.PostAsync($"/Carer/Offers?handler=Accept&offerId={c.OfferId}", BookingSetup.TokenForm(tokens[i]));
        })).ToList();
        start.Release(Racers);
        var answers = await Task.WhenAll(presses);

        Assert.DoesNotContain(answers, a => a.StatusCode == HttpStatusCode.InternalServerError);
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect);
        var refusals = answers.Where(a => a.StatusCode == HttpStatusCode.OK).ToList();
        Assert.Equal(Racers - 1, refusals.Count);
        foreach (var refusal in refusals)
        {
            Assert.Contains("already been booked with another carer", WebUtility.HtmlDecode(await refusal.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal(1, await factory.BookingsForAsync(requestId));
    }

    [Fact]
    public async Task Fifty_simultaneous_bookings_of_one_carer_into_overlapping_visits_give_at_most_one()
    {
        var carer = await factory.CarerWithSkillAsync("Olive Overlap", "LS6 2AB", "StrokeRecovery");
        var offers = new List<Guid>();
        for (var i = 0; i < Racers; i++)
        {
            var (seeker, _) = await factory.NewSeekerAsync();
            var requestId = await seeker.PostRequestAsync(ShortlistSetup.RequestNeeding("StrokeRecovery"));
            offers.Add(await seeker.InviteAsync(requestId, carer.ProfileId));
        }

        var token = await carer.Client.GetStringAsync("/Carer/Offers");
        using var start = new SemaphoreSlim(0);
        var presses = offers.Select(offerId => Task.Run(async () =>
        {
            await start.WaitAsync();
            return await carer.Client.PostAsync($"/Carer/Offers?handler=Accept&offerId={offerId}", BookingSetup.TokenForm(token));
        })).ToList();
        start.Release(Racers);
        var answers = await Task.WhenAll(presses);

        Assert.DoesNotContain(answers, a => a.StatusCode == HttpStatusCode.InternalServerError);
        Assert.True(answers.Count(a => a.StatusCode == HttpStatusCode.Redirect) <= 1);
        foreach (var refusal in answers.Where(a => a.StatusCode == HttpStatusCode.OK))
        {
            Assert.Contains("already has a visit at one of these times", WebUtility.HtmlDecode(await refusal.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        var bookings = await factory.InScopeAsync(services =>
            services.GetRequiredService<BookingsDbContext>().Bookings.CountAsync(b => b.CarerProfileId == carer.ProfileId));
        Assert.Equal(1, bookings);
    }

    [Fact]
    public async Task An_overlapping_visit_inserted_with_raw_sql_is_refused_by_the_database()
    {
        var invited = await factory.InvitedAsync("PalliativeCare");
        BookingSetup.BookingIdFrom(await invited.Carer.Client.OfferActionAsync("/Carer/Offers", "Accept", invited.OfferId));

        var refused = await factory.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<BookingsDbContext>();
            var visit = await db.Visits.AsNoTracking().Where(v => v.CarerProfileId == invited.Carer.ProfileId).OrderBy(v => v.StartsAt).FirstAsync();
            var clash = (Start: visit.StartsAt.AddMinutes(30), End: visit.EndsAt.AddMinutes(30));
            try
            {
                await RawSql.InsertVisitAsync(db, Guid.NewGuid(), visit.CarerProfileId, clash.Start, clash.End);
                return null;
            }
            catch (Exception exception) when (exception is System.Data.Common.DbException)
            {
                return exception;
            }
        });

        Assert.NotNull(refused);
        Assert.True(refused.Message.Contains(DatabaseRefusals.OverlapMessage, StringComparison.Ordinal) || refused.Message.Contains(DatabaseRefusals.OverlapConstraint, StringComparison.Ordinal), refused.Message);
    }
}

public sealed class BookingRaceTestsOnSqlite(SqliteAppFactory factory) : BookingRaceTests<SqliteAppFactory>(factory);

public sealed class BookingRaceTestsOnPostgreSql(PostgresAppFactory factory) : BookingRaceTests<PostgresAppFactory>(factory);
