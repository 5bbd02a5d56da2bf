using CareMatch.Payments.Contracts;
using CareMatch.Payments.Gateway;
using CareMatch.Payments.Payouts;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Payments.Earnings;

/// <summary>The signed-in carer's own visits' pay, and the tax years it falls in.</summary>
internal sealed class GetMyEarningsHandler(PaymentsDbContext db, ICurrentUser currentUser, IPaymentGateway gateway, IClock clock)
    : IQueryHandler<GetMyEarnings, MyEarnings>
{
    public async ValueTask<MyEarnings> Handle(GetMyEarnings query, CancellationToken cancellationToken)
    {
        var account = await MyPayoutAccounts.FindAsync(db, currentUser, cancellationToken);
        var payments = await CarersOwnPayments.ListAsync(db, currentUser.RequireUserId(), account?.Schedule, !gateway.MovesRealMoney, cancellationToken);
        return new MyEarnings(payments, TaxYearCut.Summaries(payments, clock.Today()));
    }
}
