using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CareMatch.Accounts.SignIn;

/// <summary>
/// Spends the same time as checking a real password, for sign-ins and sign-ups whose answer
/// must not depend on whether the email has an account: without it an unknown email answers in
/// milliseconds and a known one in the hash's 0.2 s, which tells a stranger who is registered.
/// </summary>
internal sealed class DummyPasswordCheck(IPasswordHasher<IdentityUser> hasher, IOptions<PasswordHasherOptions> options)
{
    private static readonly IdentityUser Nobody = new() { UserName = "nobody", Email = "nobody@invalid" };

    /// <summary>
    /// Made once per hash strength with the configured hasher, so it costs what a real check
    /// costs; by strength, because hosts in one process (the tests') may hash differently.
    /// </summary>
    private static readonly ConcurrentDictionary<int, string> Hashes = new();

    public void Spend(string password)
    {
        var hash = Hashes.GetOrAdd(options.Value.IterationCount, _ => hasher.HashPassword(Nobody, Guid.NewGuid().ToString()));
        hasher.VerifyHashedPassword(Nobody, hash, password);
    }
}
