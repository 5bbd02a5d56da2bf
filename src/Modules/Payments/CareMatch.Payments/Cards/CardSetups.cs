using CareMatch.Payments.Gateway;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Payments.Cards;

/// <summary>
/// The one way a finished card setup becomes the seeker's card, from their return to our page or
/// Stripe's checkout.session.completed, whichever comes first: only the setup they opened last
/// counts, and the card it replaces is forgotten at Stripe. Visits whose payment could not be
/// secured are tried again at once on the new card.
/// </summary>
internal sealed class CardSetups(PaymentsDbContext db, IPaymentGateway gateway, IClock clock)
{
    public async Task<bool> CompleteAsync(PaymentCustomer customer, string setupId, CancellationToken cancellationToken)
    {
        if (customer.PendingSetupId != setupId) return false;
        if (await gateway.SavedCardAsync(setupId, cancellationToken) is not { } card) return false;
        if (customer.Save(card, clock.UtcNow) is { } replaced) await gateway.ForgetCardAsync(replaced, cancellationToken);
        var waiting = await db.VisitPayments.Where(p => p.SeekerUserId == customer.SeekerUserId && !p.Done && p.HoldId == null).ToListAsync(cancellationToken);
        foreach (var payment in waiting)
        {
            payment.TryNow(clock.UtcNow);
            payment.Stamp();
        }
        return true;
    }
}
