using CareMatch.Payments.Contracts;
using CareMatch.Payments.Gateway;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Payments.Payouts;

internal sealed class RefreshMyPayoutAccountHandler(
    PaymentsDbContext db, ICurrentUser currentUser, IPaymentGateway gateway, PayoutAccountUpdates updates, IClock clock)
    : ICommandHandler<RefreshMyPayoutAccount, MyPayoutAccount>
{
    public async ValueTask<MyPayoutAccount> Handle(RefreshMyPayoutAccount command, CancellationToken cancellationToken)
    {
        var account = await MyPayoutAccounts.FindAsync(db, currentUser, cancellationToken);
        if (account is not null && gateway.MovesRealMoney)
        {
            updates.Apply(account, await gateway.PayoutAccountAsync(account.GatewayAccountId, cancellationToken), clock.UtcNow);
        }
        return MyPayoutAccountView.Of(account, !gateway.MovesRealMoney);
    }
}
