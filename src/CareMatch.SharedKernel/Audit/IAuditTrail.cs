namespace CareMatch.SharedKernel.Audit;

/// <summary>
/// Records a security event for admins: who did it (the current user), to whom, when and from
/// which address. Never pass a secret (a password, a token, a code) in the detail. Accounts
/// keeps the trail; any module may write to it. The entry is saved at once, on its own, so a
/// refusal that follows (a wrong password) is still recorded; call it outside any open transaction.
/// </summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditAction action, string? subjectUserId, string? detail, CancellationToken cancellationToken);

    /// <summary>For a sign-in attempt with an email that has no account: the typed address is all there is.</summary>
    Task RecordUnknownAccountAsync(AuditAction action, string typedEmail, string? detail, CancellationToken cancellationToken);
}
