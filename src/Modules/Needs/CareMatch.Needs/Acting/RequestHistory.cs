using CareMatch.Needs.Persistence;

namespace CareMatch.Needs.Acting;

/// <summary>Writes what someone did on a request into its history, saved with the change itself.</summary>
internal static class RequestHistory
{
    public static void Did(this NeedsDbContext db, Guid requestId, string actorUserId, string what, DateTimeOffset at) =>
        db.RequestActivities.Add(RequestActivity.Record(requestId, actorUserId, what, at));
}
