using CareMatch.Needs.Contracts;

namespace CareMatch.Needs.Requests;

/// <summary>
/// The only moves a request may make. Everything that changes a request's status goes through
/// <see cref="Ensure"/>, so an illegal move is refused in one place, whoever asks for it.
/// </summary>
internal static class CareRequestLifecycle
{
    private static readonly Dictionary<CareRequestStatus, CareRequestStatus[]> Allowed = new()
    {
        [CareRequestStatus.Draft] = [CareRequestStatus.Open, CareRequestStatus.Cancelled],
        [CareRequestStatus.Open] = [CareRequestStatus.Booked, CareRequestStatus.Cancelled, CareRequestStatus.Expired],
        [CareRequestStatus.Booked] = [CareRequestStatus.Closed, CareRequestStatus.Cancelled],
        [CareRequestStatus.Closed] = [],
        [CareRequestStatus.Cancelled] = [],
        [CareRequestStatus.Expired] = [],
    };

    public static bool CanMove(CareRequestStatus from, CareRequestStatus to) =>
        Allowed.TryGetValue(from, out var targets) && targets.Contains(to);

    /// <summary>Only drafts and open requests may be edited: after a booking the carer has agreed to what was asked.</summary>
    public static bool CanEdit(CareRequestStatus status) => status is CareRequestStatus.Draft or CareRequestStatus.Open;

    public static bool IsFinal(CareRequestStatus status) => Allowed[status].Length == 0;

    public static void Ensure(CareRequestStatus from, CareRequestStatus to)
    {
        if (!CanMove(from, to)) throw new IllegalTransitionException(from, to);
    }
}
