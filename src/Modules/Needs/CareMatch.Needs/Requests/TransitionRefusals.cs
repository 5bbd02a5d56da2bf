using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Validation;

namespace CareMatch.Needs.Requests;

/// <summary>What to tell a seeker who asks for a move their request cannot make (a stale page, a second click).</summary>
internal static class TransitionRefusals
{
    public static void EnsureCanMove(CareRequest request, CareRequestStatus to)
    {
        if (CareRequestLifecycle.CanMove(request.Status, to)) return;
        throw Refusal.Whole($"This request is {Describe(request.Status)}, so it cannot be {Verb(to)}");
    }

    public static void EnsureCanEdit(CareRequest request)
    {
        if (CareRequestLifecycle.CanEdit(request.Status)) return;
        throw Refusal.Whole($"This request is {Describe(request.Status)}, so it can no longer be changed");
    }

    private static string Describe(CareRequestStatus status) => status switch
    {
        CareRequestStatus.Draft => "a draft",
        CareRequestStatus.Open => "already published",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static string Verb(CareRequestStatus to) => to switch
    {
        CareRequestStatus.Open => "published",
        CareRequestStatus.Cancelled => "cancelled",
        CareRequestStatus.Booked => "booked",
        CareRequestStatus.Expired => "expired",
        _ => "closed",
    };
}
