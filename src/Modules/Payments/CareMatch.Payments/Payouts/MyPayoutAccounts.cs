using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Payments.Payouts;

/// <summary>The signed-in carer's own payout account, and only theirs: the id comes from the sign-in.</summary>
internal static class MyPayoutAccounts
{
    public static Task<PayoutAccount?> FindAsync(PaymentsDbContext db, ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        return db.PayoutAccounts.SingleOrDefaultAsync(a => a.CarerUserId == userId, cancellationToken);
    }
}
