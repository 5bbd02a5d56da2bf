namespace CareMatch.SharedKernel.Audit;

/// <summary>The security events admins can look back on. Stored by name, so add to the end or anywhere, never rename.</summary>
public enum AuditAction
{
    SignedIn,
    SignInFailed,
    LockedOut,
    SignedOut,
    SignedOutEverywhereElse,
    PasswordChanged,
    PasswordReset,
    RoleGranted,
    AccountSuspended,
    AccountRestored,
    AccountDeleted,
    CredentialVerified,
    CredentialRejected,
    FileDownloadedByAdmin,
    PaymentRefundedByAdmin,
    CarerFoundAtFault,
}
