using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.Payments.Visits;

namespace CareMatch.IntegrationTests.Payments;

/// <summary>
/// A visit taken through the pages to the carer being paid, on the factory's clock: booked, held,
/// checked in, 52 minutes given (three quarter hours charged), checked out, approved, and the
/// carer's share sent by the visit-money task.
/// </summary>
internal static class PaidVisitSetup
{
    public sealed record PaidVisit(Guid VisitId, string CarerEmail, string SeekerEmail, VisitPayment Payment);

    public static async Task<PaidVisit> PaidVisitAsync<TFactory>(this TFactory factory, string skill)
        where TFactory : CareMatchAppFactory, IClockedFactory
    {
        var booked = await factory.BookedAsync(skill, withCard: true);
        var visit = booked.Visits[0];
        await factory.MoveToAsync(visit.StartsAt.AddMinutes(-6), booked);
        await factory.RunVisitMoneyTaskAsync();
        await factory.GivenAndApprovedAsync(booked, visit, minutes: 52);
        await factory.RunVisitMoneyTaskAsync();
        await factory.RunVisitMoneyTaskAsync();

        var payment = await factory.VisitPaymentAsync(visit.Id);
        Assert.NotNull(payment.TransferredAt);
        return new PaidVisit(visit.Id, booked.CarerEmail, booked.SeekerEmail, payment);
    }
}
