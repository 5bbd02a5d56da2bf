using Microsoft.AspNetCore.Identity;

namespace CareMatch.Accounts.Identity;

/// <summary>
/// Suspension is a lockout that never ends; a lockout after failed sign-ins lasts minutes.
/// One place decides which is which.
/// </summary>
internal static class AccountState
{
    public static readonly DateTimeOffset SuspendedUntil = DateTimeOffset.MaxValue;

    public static bool IsSuspended(IdentityUser user) => IsSuspended(user.LockoutEnd);

    public static bool IsSuspended(DateTimeOffset? lockoutEnd) => lockoutEnd is { } end && end.Year >= 9999;
}
