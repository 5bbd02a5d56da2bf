using CareMatch.Bookings.Persistence;
using CareMatch.IntegrationTests.Bookings;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.Payments.Ledger;
using CareMatch.Payments.Persistence;
using CareMatch.Payments.Visits;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Payments;

/// <summary>A weekly booking made through the pages on a moved clock, and what its visits' money looks like.</summary>
internal static class VisitMoney
{
    public sealed record Booked(Guid BookingId, string CarerEmail, string SeekerEmail, IReadOnlyList<CareMatch.Bookings.Visits.Visit> Visits);

    public static async Task<Booked> BookedAsync<TFactory>(this TFactory factory, string skill, bool withCard)
        where TFactory : CareMatchAppFactory, IClockedFactory
    {
        var invited = await factory.InvitedAsync(skill, today: DateOnly.FromDateTime(UkCalendar.ToUkTime(factory.Time.GetUtcNow()).DateTime));
        var bookingId = BookingSetup.BookingIdFrom(await invited.Carer.Client.OfferActionAsync("/Carer/Offers", "Accept", invited.OfferId));
        if (withCard) await factory.SaveCardAsync(invited.Seeker);
        var visits = await factory.InScopeAsync(services => services.GetRequiredService<BookingsDbContext>().Visits.AsNoTracking()
            .Where(v => v.BookingId == bookingId).OrderBy(v => v.StartsAt).ToListAsync());
        return new Booked(bookingId, invited.Carer.Email, invited.SeekerEmail, visits);
    }

    /// <summary>Moves the clock and signs both people in again, as they would come back days later.</summary>
    public static async Task<(HttpClient Carer, HttpClient Seeker)> MoveToAsync<TFactory>(this TFactory factory, DateTimeOffset instant, Booked booked)
        where TFactory : CareMatchAppFactory, IClockedFactory
    {
        factory.Time.Advance(instant - factory.Time.GetUtcNow());
        return (await factory.SignedInAsync(booked.CarerEmail), await factory.SignedInAsync(booked.SeekerEmail));
    }

    public static Task<VisitPayment> VisitPaymentAsync(this CareMatchAppFactory factory, Guid visitId) => factory.InScopeAsync(services =>
        services.GetRequiredService<PaymentsDbContext>().VisitPayments.AsNoTracking().SingleAsync(p => p.VisitId == visitId));

    public static Task<List<LedgerLine>> VisitLedgerAsync(this CareMatchAppFactory factory, Guid visitId) => factory.InScopeAsync(services =>
        services.GetRequiredService<PaymentsDbContext>().LedgerLines.AsNoTracking().Where(l => l.Reference == visitId.ToString()).ToListAsync());

    public static Task RunVisitMoneyTaskAsync(this CareMatchAppFactory factory) => factory.RunScheduledTaskAsync(VisitMoneyTask.JobId);

    /// <summary>Checks in on time, checks out after <paramref name="minutes"/>, and the seeker approves; Payments hears of it.</summary>
    public static async Task GivenAndApprovedAsync<TFactory>(this TFactory factory, Booked booked, CareMatch.Bookings.Visits.Visit visit, int minutes)
        where TFactory : CareMatchAppFactory, IClockedFactory
    {
        var (carer, seeker) = await factory.MoveToAsync(visit.StartsAt.AddMinutes(-5), booked);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await carer.VisitActionAsync(visit.Id, "CheckIn")).StatusCode);
        factory.Time.Advance(TimeSpan.FromMinutes(minutes));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await carer.VisitActionAsync(visit.Id, "CheckOut")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await seeker.VisitActionAsync(visit.Id, "Approve")).StatusCode);
        await factory.DrainOutboxAsync();
    }
}
