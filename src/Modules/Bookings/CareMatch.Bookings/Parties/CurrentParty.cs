using CareMatch.Accounts.Contracts;
using CareMatch.Bookings.Offers;
using CareMatch.Needs.Contracts;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;

namespace CareMatch.Bookings.Parties;

/// <summary>
/// Who is asking, in Bookings' terms: a seeker by user id, a carer by their profile. Every
/// handler asks this before it shows or changes anything, and answers "not found" to anyone
/// who is neither side, so ids of other people's offers and visits reveal nothing.
/// </summary>
/// <remarks>
/// The family side of a request is its poster and anyone the family invited who still has access
/// (Needs keeps who that is). Rows keep the poster's id; a helper is let in by the request id, so
/// ending their access in Needs shuts them out here at once.
/// </remarks>
internal sealed class CurrentParty(ICurrentUser currentUser, IModuleSender sender)
{
    private Guid? _carerProfileId;
    private IReadOnlyList<Guid>? _requestsActedFor;

    public string? UserId => currentUser.UserId;

    public bool IsSeeker => currentUser.IsInRole(AccountRoles.Seeker);

    public bool IsCarer => currentUser.IsInRole(AccountRoles.Carer);

    /// <summary>The signed-in carer's profile id, or null for anyone else.</summary>
    public async Task<Guid?> CarerProfileIdAsync(CancellationToken cancellationToken)
    {
        if (!IsCarer) return null;
        _carerProfileId ??= (await sender.Send(new GetMyCarerProfile(), cancellationToken))?.ProfileId;
        return _carerProfileId;
    }

    /// <summary>The requests the signed-in seeker was invited to act on and still may (not the ones they posted).</summary>
    public async Task<IReadOnlyList<Guid>> RequestsActedForAsync(CancellationToken cancellationToken)
    {
        if (!IsSeeker || UserId is not { } userId) return [];
        _requestsActedFor ??= await sender.Send(new ListRequestsActedFor(userId), cancellationToken);
        return _requestsActedFor;
    }

    /// <summary>Whether the signed-in seeker is on the family side of a request: its poster, or invited to act on it.</summary>
    public async Task<bool> IsFamilyOfAsync(string seekerUserId, Guid requestId, CancellationToken cancellationToken) =>
        IsSeeker && UserId is { } userId && (userId == seekerUserId || (await RequestsActedForAsync(cancellationToken)).Contains(requestId));

    public async Task<OfferParty> SideOfAsync(string seekerUserId, Guid requestId, Guid carerProfileId, CancellationToken cancellationToken)
    {
        if (await IsFamilyOfAsync(seekerUserId, requestId, cancellationToken)) return OfferParty.Seeker;
        if (IsCarer && await CarerProfileIdAsync(cancellationToken) == carerProfileId) return OfferParty.Carer;
        return OfferParty.None;
    }
}
