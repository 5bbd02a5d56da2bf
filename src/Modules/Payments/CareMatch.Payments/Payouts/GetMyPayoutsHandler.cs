using CareMatch.Payments.Contracts;
using CareMatch.Payments.Earnings;
using CareMatch.Payments.Gateway;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Payments.Payouts;

/// <summary>The signed-in carer's own payouts, on their own schedule; "today" is the UK date on the clock.</summary>
internal sealed class GetMyPayoutsHandler(PaymentsDbContext db, ICurrentUser currentUser, IPaymentGateway gateway, IClock clock)
    : IQueryHandler<GetMyPayouts, MyPayouts>
{
    public async ValueTask<MyPayouts> Handle(GetMyPayouts query, CancellationToken cancellationToken)
    {
        var account = await MyPayoutAccounts.FindAsync(db, currentUser, cancellationToken);
        var testPayments = !gateway.MovesRealMoney;
        var payments = await CarersOwnPayments.ListAsync(db, currentUser.RequireUserId(), account?.Schedule, testPayments, cancellationToken);
        var (onItsWay, paid) = PayoutGroups.Of(payments, clock.Today());
        return new MyPayouts(account is null ? null : MyPayoutSchedules.Of(account.Schedule), onItsWay, paid, testPayments);
    }
}
