using CareMatch.Accounts.Persistence;
using CareMatch.SharedKernel.Audit;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.Accounts.Audit;

/// <summary>
/// Writes each entry through a context of its own, so it never sweeps up (or waits for) the
/// caller's unsaved changes, and is kept even when the caller goes on to refuse the request.
/// </summary>
internal sealed class DatabaseAuditTrail(IServiceScopeFactory scopes, ICurrentUser currentUser, IHttpContextAccessor http, IClock clock)
    : IAuditTrail
{
    public Task RecordAsync(AuditAction action, string? subjectUserId, string? detail, CancellationToken cancellationToken) =>
        SaveAsync(action, subjectUserId, typedEmail: null, detail, cancellationToken);

    public Task RecordUnknownAccountAsync(AuditAction action, string typedEmail, string? detail, CancellationToken cancellationToken) =>
        SaveAsync(action, subjectUserId: null, Truncate(typedEmail.Trim(), AuditEntry.MaxEmailLength), detail, cancellationToken);

    private async Task SaveAsync(AuditAction action, string? subjectUserId, string? typedEmail, string? detail, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.UtcNow,
            Action = action,
            ActorUserId = currentUser.UserId,
            SubjectUserId = subjectUserId,
            TypedEmail = typedEmail,
            Detail = detail is null ? null : Truncate(detail, AuditEntry.MaxDetailLength),
            IpAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
