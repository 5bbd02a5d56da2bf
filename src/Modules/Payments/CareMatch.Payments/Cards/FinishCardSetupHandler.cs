using CareMatch.Payments.Contracts;
using CareMatch.Payments.Gateway;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Validation;
using Mediator;

namespace CareMatch.Payments.Cards;

internal sealed class FinishCardSetupHandler(PaymentsDbContext db, ICurrentUser currentUser, IPaymentGateway gateway, CardSetups setups)
    : ICommandHandler<FinishCardSetup, MyCard>
{
    public async ValueTask<MyCard> Handle(FinishCardSetup command, CancellationToken cancellationToken)
    {
        var customer = await MyPaymentCustomers.FindAsync(db, currentUser, cancellationToken)
            ?? throw Refusal.Whole("Add a card first");
        // Already saved by Stripe's event, or not this seeker's setup: either way the page shows what is kept.
        if (customer.PendingSetupId is not null && customer.PendingSetupId == command.SetupId)
        {
            await setups.CompleteAsync(customer, command.SetupId, cancellationToken);
        }
        return MyCardView.Of(customer, !gateway.MovesRealMoney);
    }
}
