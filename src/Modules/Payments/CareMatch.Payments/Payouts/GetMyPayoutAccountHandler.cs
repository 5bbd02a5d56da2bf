using CareMatch.Payments.Contracts;
using CareMatch.Payments.Gateway;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Identity;
using Mediator;

namespace CareMatch.Payments.Payouts;

internal sealed class GetMyPayoutAccountHandler(PaymentsDbContext db, ICurrentUser currentUser, IPaymentGateway gateway)
    : IQueryHandler<GetMyPayoutAccount, MyPayoutAccount>
{
    public async ValueTask<MyPayoutAccount> Handle(GetMyPayoutAccount query, CancellationToken cancellationToken) =>
        MyPayoutAccountView.Of(await MyPayoutAccounts.FindAsync(db, currentUser, cancellationToken), !gateway.MovesRealMoney);
}
