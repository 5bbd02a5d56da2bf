using CareMatch.Accounts.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Accounts.Audit;

/// <summary>
/// When an account is deleted its audit entries stay (admins may need to know what happened),
/// but nothing in them can point at the person any more: the account id no longer joins to an
/// email, and the addresses they came from and any email typed as theirs are removed.
/// </summary>
internal static class AuditTrailErasure
{
    public static async Task ForgetAsync(AccountsDbContext db, string userId, string email, CancellationToken cancellationToken)
    {
        await db.AuditEntries.Where(e => e.ActorUserId == userId || e.SubjectUserId == userId)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.IpAddress, (string?)null).SetProperty(e => e.TypedEmail, (string?)null), cancellationToken);
        var typed = email.ToUpperInvariant();
        await db.AuditEntries.Where(e => e.TypedEmail != null && e.TypedEmail.ToUpper() == typed)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.TypedEmail, (string?)null).SetProperty(e => e.IpAddress, (string?)null), cancellationToken);
    }
}
