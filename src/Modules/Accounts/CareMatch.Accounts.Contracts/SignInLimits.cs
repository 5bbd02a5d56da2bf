namespace CareMatch.Accounts.Contracts;

/// <summary>How many wrong passwords lock an account, and for how long. Pages read these; nobody retypes them.</summary>
public static class SignInLimits
{
    public const int MaxFailedAttempts = 5;

    public const int LockoutMinutes = 15;
}
