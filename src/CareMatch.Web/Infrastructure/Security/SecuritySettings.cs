namespace CareMatch.Web.Infrastructure.Security;

/// <summary>The <c>Security</c> section.</summary>
public sealed class SecuritySettings
{
    public const string Section = "Security";

    /// <summary>POSTs one address may make to each of sign-in, sign-up and the password forms per minute.</summary>
    public int AccountFormPostsPerMinute { get; set; } = 10;
}
