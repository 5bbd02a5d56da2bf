using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.Trust.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Messages;

/// <summary>
/// Finds a thread and the asker's side of it. Anyone who is neither the request's seeker nor
/// the carer gets "not found", so the ids of other people's threads reveal nothing.
/// </summary>
internal sealed class ConversationParty(ICurrentUser currentUser, IModuleSender sender, TrustDbContext db)
{
    private Guid? _carerProfileId;

    public string UserId => currentUser.RequireUserId();

    /// <summary>The signed-in carer's profile id, or null for anyone else.</summary>
    public async Task<Guid?> CarerProfileIdAsync(CancellationToken cancellationToken)
    {
        if (!currentUser.IsInRole(Roles.Carer)) return null;
        _carerProfileId ??= (await sender.Send(new GetMyCarerProfile(), cancellationToken))?.ProfileId;
        return _carerProfileId;
    }

    public async Task<(Conversation Conversation, MessageAuthor Side)> LoadAsync(Guid requestId, Guid carerProfileId, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.SingleOrDefaultAsync(c => c.RequestId == requestId && c.CarerProfileId == carerProfileId, cancellationToken);
        var side = conversation?.SideOf(currentUser.IsInRole(Roles.Seeker) ? currentUser.UserId : null, await CarerProfileIdAsync(cancellationToken));
        return side is { } found ? (conversation!, found) : throw new NotFoundException($"No conversation about request {requestId} with carer {carerProfileId}.");
    }
}
