using CareMatch.Accounts.Contracts;
using CareMatch.Payments.Contracts;
using CareMatch.Payments.Gateway;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using Mediator;

namespace CareMatch.Payments.Cards;

/// <summary>
/// Makes the seeker's Stripe customer the first time (saved at once, so a second click reuses it),
/// then opens a card-saving page and remembers it, so only its result can become the card.
/// </summary>
internal sealed class StartCardSetupHandler(PaymentsDbContext db, ICurrentUser currentUser, IPaymentGateway gateway, IModuleSender sender)
    : ICommandHandler<StartCardSetup, Uri>
{
    public async ValueTask<Uri> Handle(StartCardSetup command, CancellationToken cancellationToken)
    {
        var customer = await MyPaymentCustomers.FindAsync(db, currentUser, cancellationToken);
        if (customer is null)
        {
            var me = await sender.Send(new GetMyAccount(), cancellationToken) ?? throw new AccessDeniedException();
            customer = PaymentCustomer.Open(me.UserId, await gateway.CreateCustomerAsync(me.Email, cancellationToken), !gateway.MovesRealMoney);
            db.PaymentCustomers.Add(customer);
            await db.SaveChangesAsync(cancellationToken);
        }
        var setup = await gateway.StartCardSetupAsync(
            customer.GatewayCustomerId, new CardPages(command.Saved, command.Cancelled, command.TestPage), cancellationToken);
        customer.Opened(setup.Id);
        return setup.PageUrl;
    }
}
