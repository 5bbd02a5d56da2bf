namespace CareMatch.Needs.Acting;

/// <summary>
/// The one rule for "this person may act on the request now": invited, accepted, not ended. Every
/// query that lets a helper in, or lists what they help with, asks it here, so ending access is
/// honoured everywhere at once.
/// </summary>
internal static class HeldAccess
{
    public static IQueryable<RequestAccess> HeldBy(this IQueryable<RequestAccess> accesses, string userId) =>
        accesses.Where(a => a.UserId == userId && a.AcceptedAt != null && a.EndedAt == null);
}
