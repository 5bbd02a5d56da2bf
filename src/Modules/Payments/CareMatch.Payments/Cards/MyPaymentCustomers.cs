using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Payments.Cards;

/// <summary>The signed-in seeker's own Stripe customer, and only theirs: the id comes from the sign-in.</summary>
internal static class MyPaymentCustomers
{
    public static Task<PaymentCustomer?> FindAsync(PaymentsDbContext db, ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        return db.PaymentCustomers.SingleOrDefaultAsync(c => c.SeekerUserId == userId, cancellationToken);
    }
}
