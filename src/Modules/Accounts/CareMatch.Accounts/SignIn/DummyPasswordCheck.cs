using Microsoft.AspNetCore.Identity;

namespace CareMatch.Accounts.SignIn;

/// <summary>
/// Spends the same time as checking a real password, for sign-ins and sign-ups whose answer
/// must not depend on whether the email has an account: without it an unknown email answers in
/// milliseconds and a known one in the hash's 0.2 s, which tells a stranger who is registered.
/// </summary>
internal sealed class DummyPasswordCheck(IPasswordHasher<IdentityUser> hasher)
{
    private static readonly IdentityUser Nobody = new() { UserName = "nobody", Email = "nobody@invalid" };
    private static string? _hash;

    public void Spend(string password)
    {
        // Made once per process with the configured hasher, so it costs what a real check costs.
        _hash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(Nobody, _hash, password);
    }
}
