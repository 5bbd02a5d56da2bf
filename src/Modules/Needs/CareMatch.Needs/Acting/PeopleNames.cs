using CareMatch.Needs.Contracts;
using CareMatch.Needs.Persistence;
using CareMatch.Needs.Requests;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Needs.Acting;

/// <summary>
/// Everyone who has acted on a request, by user id, as others read them: "Jane Smith (attorney)".
/// Ended access keeps its name, so the history still says who did what before it was withdrawn.
/// </summary>
internal static class PeopleNames
{
    public const string UnnamedPoster = "The person who posted the request";

    public static async Task<Dictionary<string, string>> OnRequestAsync(NeedsDbContext db, CareRequest request, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string> { [request.SeekerUserId] = PosterLabel(request) };
        var accepted = await db.RequestAccesses.AsNoTracking()
            .Where(a => a.RequestId == request.Id && a.UserId != null)
            .OrderBy(a => a.AcceptedAt)
            .ToListAsync(cancellationToken);
        foreach (var access in accepted) names[access.UserId!] = $"{access.Name} ({ActingRoleWords.Of(access.Role)})";
        return names;
    }

    public static string PosterLabel(CareRequest request) =>
        request.RecipientRelationship == RecipientRelationship.Myself
            ? $"{request.PosterName ?? request.RecipientFirstName} (the person cared for)"
            : $"{request.PosterName ?? UnnamedPoster} (posted the request)";
}
