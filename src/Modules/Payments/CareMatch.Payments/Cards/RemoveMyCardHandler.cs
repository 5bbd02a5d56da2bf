using CareMatch.Bookings.Contracts;
using CareMatch.Payments.Contracts;
using CareMatch.Payments.Gateway;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using Mediator;

namespace CareMatch.Payments.Cards;

/// <summary>
/// A card is removable when nothing is pending on it: no visit booked ahead that it would pay for.
/// A seeker who wants another card replaces it instead, which is always allowed.
/// </summary>
internal sealed class RemoveMyCardHandler(PaymentsDbContext db, ICurrentUser currentUser, IPaymentGateway gateway, IModuleSender sender, IClock clock)
    : ICommandHandler<RemoveMyCard>
{
    public async ValueTask<Unit> Handle(RemoveMyCard command, CancellationToken cancellationToken)
    {
        var customer = await MyPaymentCustomers.FindAsync(db, currentUser, cancellationToken);
        if (customer is not { PaymentMethodId: { } card }) return Unit.Value;
        var ahead = await sender.Send(new ListMyVisits(clock.Today()), cancellationToken);
        if (ahead.Any(v => v.Status is VisitStatus.Scheduled or VisitStatus.CheckedIn))
        {
            throw Refusal.Whole("You have visits booked, and they are paid with this card. Replace the card instead, or cancel the visits first");
        }
        await gateway.ForgetCardAsync(card, cancellationToken);
        customer.RemoveCard();
        return Unit.Value;
    }
}
