namespace CareMatch.Web.Infrastructure.Security;

/// <summary>The <c>Security</c> section.</summary>
public sealed class SecuritySettings
{
    public const string Section = "Security";

    /// <summary>POSTs one address may make to each of sign-in, sign-up and the password forms per minute.</summary>
    public int AccountFormPostsPerMinute { get; set; } = 10;

    /// <summary>Open-data requests one address may make per minute without signing in.</summary>
    public int OpenDataRequestsPerMinute { get; set; } = 120;
}
