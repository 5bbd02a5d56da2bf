using CareMatch.Accounts.Contracts;
using CareMatch.Bookings.Offers;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;

namespace CareMatch.Bookings.Parties;

/// <summary>
/// Who is asking, in Bookings' terms: a seeker by user id, a carer by their profile. Every
/// handler asks this before it shows or changes anything, and answers "not found" to anyone
/// who is neither side, so ids of other people's offers and visits reveal nothing.
/// </summary>
internal sealed class CurrentParty(ICurrentUser currentUser, IModuleSender sender)
{
    private Guid? _carerProfileId;

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

    public async Task<OfferParty> SideOfAsync(string seekerUserId, Guid carerProfileId, CancellationToken cancellationToken)
    {
        if (IsSeeker && UserId == seekerUserId) return OfferParty.Seeker;
        if (IsCarer && await CarerProfileIdAsync(cancellationToken) == carerProfileId) return OfferParty.Carer;
        return OfferParty.None;
    }
}
