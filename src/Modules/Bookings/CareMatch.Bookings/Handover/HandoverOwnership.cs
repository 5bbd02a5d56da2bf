using CareMatch.Bookings.Parties;
using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Authorization;

namespace CareMatch.Bookings.Handover;

/// <summary>
/// Only a request's own seeker reads or writes its card. Needs knows whose a request is (a card
/// may be written before any booking exists); anyone else's request, or none, is not found.
/// </summary>
internal static class HandoverOwnership
{
    public static async Task<string> SeekerOfAsync(IModuleSender sender, CurrentParty party, Guid requestId, CancellationToken cancellationToken)
    {
        var facts = await sender.Send(new GetCareRequestFacts(requestId), cancellationToken);
        if (facts is null || !party.IsSeeker || party.UserId != facts.SeekerUserId) throw new NotFoundException($"No request {requestId}.");
        return facts.SeekerUserId;
    }
}
