using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Audit;
using CareMatch.Accounts.Persistence;
using CareMatch.Accounts.Sessions;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.PersonalData;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Accounts.PersonalData;

/// <summary>
/// The signed-in person's own account rows, sessions included. Secrets stay out: the password
/// hash, the security and concurrency stamps, the values of any stored tokens, and session ids.
/// </summary>
internal sealed class ExportMyAccountDataHandler(AccountsDbContext db, ICurrentUser currentUser) : IQueryHandler<ExportMyAccountData, ModuleDataExport>
{
    public async ValueTask<ModuleDataExport> Handle(ExportMyAccountData query, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? throw new AccessDeniedException();
        var users = await db.Users.AsNoTracking().Where(u => u.Id == userId).ToListAsync(cancellationToken);
        var roles = await db.UserRoles.AsNoTracking().Where(r => r.UserId == userId).ToListAsync(cancellationToken);
        var claims = await db.UserClaims.AsNoTracking().Where(c => c.UserId == userId).ToListAsync(cancellationToken);
        var logins = await db.UserLogins.AsNoTracking().Where(l => l.UserId == userId).ToListAsync(cancellationToken);
        var tokens = await db.UserTokens.AsNoTracking().Where(t => t.UserId == userId).ToListAsync(cancellationToken);
        // Security events: those they did, in full; those done to them (an admin's suspension,
        // say) without who did it or from where.
        var ownAudit = await db.AuditEntries.AsNoTracking().Where(e => e.ActorUserId == userId).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var doneToThem = await db.AuditEntries.AsNoTracking()
            .Where(e => e.SubjectUserId == userId && (e.ActorUserId == null || e.ActorUserId != userId)).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var sessions = await db.AccountSessions.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.StartedAt).ToListAsync(cancellationToken);
        return new ModuleDataExport("Accounts",
        [
            .. PersonalDataRows.Of(db, users,
                nameof(IdentityUser.PasswordHash), nameof(IdentityUser.SecurityStamp), nameof(IdentityUser.ConcurrencyStamp)),
            .. PersonalDataRows.Of(db, roles),
            .. PersonalDataRows.Of(db, claims),
            .. PersonalDataRows.Of(db, logins),
            .. PersonalDataRows.Of(db, tokens, nameof(IdentityUserToken<string>.Value)),
            // A session's id is what its cookie carries, so it stays out like a password would.
            .. PersonalDataRows.Of(db, sessions, nameof(AccountSession.Id)),
            new PersonalDataTable("AuditEntries",
            [
                .. PersonalDataRows.Of(db, ownAudit).Single().Rows,
                .. PersonalDataRows.Of(db, doneToThem, nameof(AuditEntry.ActorUserId), nameof(AuditEntry.IpAddress)).Single().Rows,
            ]),
        ]);
    }
}
