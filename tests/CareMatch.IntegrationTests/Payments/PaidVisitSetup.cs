using System.Net;
using CareMatch.Bookings.Persistence;
using CareMatch.IntegrationTests.Bookings;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Security;
using CareMatch.Payments.Persistence;
using CareMatch.Payments.Visits;
using CareMatch.SharedKernel.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Payments;

/// <summary>
/// A visit taken through the pages to the carer being paid, on the factory's clock: booked, held,
/// checked in, 52 minutes given (three quarter hours charged), checked out, approved, and the
/// carer's share sent by the visit-money task.
/// </summary>
internal static class PaidVisitSetup
{
    public sealed record PaidVisit(Guid VisitId, string CarerEmail, string SeekerEmail, VisitPayment Payment);

    public static async Task<PaidVisit> PaidVisitAsync(this TimeControlledAppFactory factory, string skill)
    {
        var today = DateOnly.FromDateTime(CareMatch.SharedKernel.Time.UkCalendar.ToUkTime(factory.Time.GetUtcNow()).DateTime);
        var invited = await factory.InvitedAsync(skill, today: today);
        var bookingId = BookingSetup.BookingIdFrom(await invited.Carer.Client.OfferActionAsync("/Carer/Offers", "Accept", invited.OfferId));
        await invited.Seeker.SaveTestCardAsync();
        var visit = await factory.InScopeAsync(services => services.GetRequiredService<BookingsDbContext>().Visits.AsNoTracking()
            .Where(v => v.BookingId == bookingId).OrderBy(v => v.StartsAt).FirstAsync());

        factory.Time.Advance(visit.StartsAt.AddMinutes(-5) - factory.Time.GetUtcNow());
        var carer = await factory.SignedInAsync(invited.Carer.Email);
        var seeker = await factory.SignedInAsync(invited.SeekerEmail);
        await factory.RunVisitMoneyTaskAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await carer.VisitActionAsync(visit.Id, "CheckIn")).StatusCode);
        factory.Time.Advance(TimeSpan.FromMinutes(52));
        Assert.Equal(HttpStatusCode.Redirect, (await carer.VisitActionAsync(visit.Id, "CheckOut")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await seeker.VisitActionAsync(visit.Id, "Approve")).StatusCode);
        await factory.DrainOutboxAsync();
        await factory.RunVisitMoneyTaskAsync();
        await factory.RunVisitMoneyTaskAsync();

        var payment = await factory.InScopeAsync(services =>
            services.GetRequiredService<PaymentsDbContext>().VisitPayments.AsNoTracking().SingleAsync(p => p.VisitId == visit.Id));
        Assert.NotNull(payment.TransferredAt);
        return new PaidVisit(visit.Id, invited.Carer.Email, invited.SeekerEmail, payment);
    }

    public static Task RunVisitMoneyTaskAsync(this CareMatchAppFactory factory) => factory.InScopeAsync(services =>
        services.GetServices<IScheduledTask>().Single(j => j.Id == VisitMoneyTask.JobId).RunAsync(CancellationToken.None));
}
