using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;

namespace CareMatch.Trust.Parties;

/// <summary>
/// Who is asking, in Trust's terms: a seeker by user id, a carer by their profile. Handlers
/// answer "not found" to anyone who is neither side of a thread or a booking's reviews, so the
/// ids of other people's reveal nothing.
/// </summary>
internal sealed class TrustParty(ICurrentUser currentUser, IModuleSender sender)
{
    private Guid? _carerProfileId;

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

    /// <summary>The asker's side of something between this seeker and this carer, or null when they are neither.</summary>
    public async Task<Side?> SideOfAsync(string seekerUserId, Guid carerProfileId, CancellationToken cancellationToken) =>
        SeekerUserId is { } me && me == seekerUserId ? Side.Seeker
        : await CarerProfileIdAsync(cancellationToken) == carerProfileId ? Side.Carer
        : null;
}
