namespace CareMatch.SharedKernel.Audit;

/// <summary>The words an admin reads for each event, in one place.</summary>
public static class AuditActionWords
{
    public static string Describe(this AuditAction action) => action switch
    {
        AuditAction.SignedIn => "Signed in",
        AuditAction.SignInFailed => "Sign-in refused",
        AuditAction.LockedOut => "Locked after wrong passwords",
        AuditAction.SignedOut => "Signed out",
        AuditAction.SignedOutEverywhereElse => "Signed out everywhere else",
        AuditAction.PasswordChanged => "Password changed",
        AuditAction.PasswordReset => "Password reset by email link",
        AuditAction.RoleGranted => "Account type given",
        AuditAction.AccountSuspended => "Account suspended",
        AuditAction.AccountRestored => "Account restored",
        AuditAction.AccountDeleted => "Account deleted",
        AuditAction.CredentialVerified => "Carer's check verified",
        AuditAction.CredentialRejected => "Carer's check rejected",
        AuditAction.FileDownloadedByAdmin => "File downloaded by an admin",
        AuditAction.PaymentRefundedByAdmin => "Visit payment refunded by an admin",
        AuditAction.CarerFoundAtFault => "Carer found at fault for a refund or dispute",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "No words for this audit action"),
    };
}
