using CareMatch.Needs.Contracts;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;

namespace CareMatch.Trust.Parties;

/// <summary>
/// Who is asking, in Trust's terms: a seeker by user id, a carer by their profile. The family's
/// side of a request is its poster and anyone the poster invited to act on it who still has
/// access (Needs keeps who). Handlers answer "not found" to anyone who is neither side of a
/// thread or a booking's reviews, so the ids of other people's reveal nothing.
/// </summary>
internal sealed class TrustParty(ICurrentUser currentUser, IModuleSender sender)
{
    private Guid? _carerProfileId;
    private IReadOnlyList<Guid>? _requestsActedFor;

    public string UserId => currentUser.RequireUserId();

    /// <summary>The signed-in seeker's user id, or null for anyone else.</summary>
    public string? SeekerUserId => currentUser.IsInRole(Roles.Seeker) ? currentUser.UserId : null;

    /// <summary>The signed-in carer's profile id, or null for anyone else.</summary>
    public async Task<Guid?> CarerProfileIdAsync(CancellationToken cancellationToken)
    {
        if (!currentUser.IsInRole(Roles.Carer)) return null;
        _carerProfileId ??= (await sender.Send(new GetMyCarerProfile(), cancellationToken))?.ProfileId;
        return _carerProfileId;
    }

    /// <summary>
    /// The requests the signed-in seeker acts on for someone else (not their own), asked of Needs
    /// once per page and kept for that page only, so withdrawn access is gone from the next page on.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> RequestsActedForAsync(CancellationToken cancellationToken)
    {
        if (SeekerUserId is not { } me) return [];
        _requestsActedFor ??= await sender.Send(new ListRequestsActedFor(me), cancellationToken);
        return _requestsActedFor;
    }

    /// <summary>
    /// The asker's side of something about this request between its seeker and this carer, or
    /// null when they are neither: the family's side is the poster or someone acting on the request.
    /// </summary>
    public async Task<Side?> SideOfAsync(Guid requestId, string seekerUserId, Guid carerProfileId, CancellationToken cancellationToken) =>
        await IsFamilyOfAsync(requestId, seekerUserId, cancellationToken) ? Side.Seeker
        : await CarerProfileIdAsync(cancellationToken) == carerProfileId ? Side.Carer
        : null;

    private async Task<bool> IsFamilyOfAsync(Guid requestId, string seekerUserId, CancellationToken cancellationToken) =>
        SeekerUserId is { } me && (me == seekerUserId || (await RequestsActedForAsync(cancellationToken)).Contains(requestId));
}
