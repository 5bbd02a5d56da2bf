using CareMatch.Accounts.Contracts;
using CareMatch.Needs.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Needs.Acting;

/// <summary>
/// An invitation by its link's secret, and whether the signed-in account is the one invited:
/// only an account with the invited email may take it up, so a forwarded link gives nobody access.
/// </summary>
internal sealed class InvitationLookup(NeedsDbContext db, ICurrentUser currentUser, IModuleSender sender)
{
    public async Task<(RequestAccess Access, Requests.CareRequest Request, bool ForYou)?> FindAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token)) return null;
        var hash = InvitationTokens.Hash(token.Trim());
        var access = await db.RequestAccesses.SingleOrDefaultAsync(a => a.TokenHash == hash, cancellationToken);
        if (access is null) return null;
        var request = await db.CareRequests.SingleAsync(r => r.Id == access.RequestId, cancellationToken);
        var myEmail = await sender.Send(new GetAccountEmail(currentUser.RequireUserId()), cancellationToken);
        return (access, request, string.Equals(myEmail, access.Email, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"j***@example.com": enough for the right person to recognise, not enough to harvest.</summary>
    public static string Masked(string email)
    {
        var at = email.IndexOf('@');
        return at <= 1 ? $"***{email[Math.Max(at, 0)..]}" : $"{email[0]}***{email[at..]}";
    }
}
