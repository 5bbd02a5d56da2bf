using CareMatch.Payments.Contracts;
using CareMatch.Payments.Gateway;
using CareMatch.Payments.Payouts;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using Mediator;

namespace CareMatch.Payments.Earnings;

/// <summary>The signed-in carer's own pay in one tax year; text that names no tax year is answered with nothing.</summary>
internal sealed class GetMyTaxYearEarningsHandler(PaymentsDbContext db, ICurrentUser currentUser, IPaymentGateway gateway)
    : IQueryHandler<GetMyTaxYearEarnings, TaxYearEarnings?>
{
    public async ValueTask<TaxYearEarnings?> Handle(GetMyTaxYearEarnings query, CancellationToken cancellationToken)
    {
        if (UkTaxYear.FromShortName(query.TaxYear) is not { } year) return null;
        var account = await MyPayoutAccounts.FindAsync(db, currentUser, cancellationToken);
        var payments = await CarersOwnPayments.ListAsync(db, currentUser.RequireUserId(), account?.Schedule, !gateway.MovesRealMoney, cancellationToken);
        var paid = TaxYearCut.PaidIn(year, payments);
        return new TaxYearEarnings(year.ShortName, year.ToString(), paid, EarningsTotalsOf.Visits(paid));
    }
}
