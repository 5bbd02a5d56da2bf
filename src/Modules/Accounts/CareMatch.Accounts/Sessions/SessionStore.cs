using System.Security.Cryptography;
using CareMatch.Accounts.Persistence;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Accounts.Sessions;

/// <summary>Opens, checks and ends sessions. Checking is one lookup by primary key, cheap enough for every request.</summary>
internal sealed class SessionStore(AccountsDbContext db, IClock clock)
{
    /// <summary>However often a session is used, it ends this long after sign-in.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(30);

    public async Task<string> StartAsync(string userId, CancellationToken cancellationToken)
    {
        var session = new AccountSession
        {
            Id = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant(),
            UserId = userId,
            StartedAt = clock.UtcNow,
        };
        db.AccountSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    public async Task<bool> IsOpenAsync(string sessionId, string userId, CancellationToken cancellationToken)
    {
        var startedAfter = clock.UtcNow - MaxAge;
        return await db.AccountSessions.AsNoTracking()
            .AnyAsync(s => s.Id == sessionId && s.UserId == userId && s.EndedAt == null && s.StartedAt > startedAfter, cancellationToken);
    }

    public Task EndAsync(string sessionId, CancellationToken cancellationToken) =>
        EndWhereAsync(db.AccountSessions.Where(s => s.Id == sessionId), cancellationToken);

    /// <summary>Ends every session of the person except, optionally, the one they are using.</summary>
    public Task EndAllAsync(string userId, string? except, CancellationToken cancellationToken) =>
        EndWhereAsync(db.AccountSessions.Where(s => s.UserId == userId && s.Id != except), cancellationToken);

    /// <summary>For a deleted account: its sessions are personal data and go with it.</summary>
    public Task DeleteAllAsync(string userId, CancellationToken cancellationToken) =>
        db.AccountSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Ended or over-age sessions can never be used again; keep a week of them for support questions.</summary>
    public Task<int> DeleteLapsedAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var endedBefore = now - TimeSpan.FromDays(7);
        var startedBefore = now - MaxAge - TimeSpan.FromDays(7);
        return db.AccountSessions.Where(s => s.EndedAt < endedBefore || s.StartedAt < startedBefore).ExecuteDeleteAsync(cancellationToken);
    }

    private Task EndWhereAsync(IQueryable<AccountSession> sessions, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        return sessions.Where(s => s.EndedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedAt, now), cancellationToken);
    }
}
