using CareMatch.Bookings.Parties;
using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Authorization;

namespace CareMatch.Bookings.Handover;

/// <summary>
/// Only a request's family (its seeker, or someone acting for them) reads or writes its card. Needs
/// knows whose a request is (a card may be written before any booking exists); anyone else's
/// request, or none, is not found. The card stays the poster's: their id is the one answered.
/// </summary>
internal static class HandoverOwnership
{
    public static async Task<string> SeekerOfAsync(IModuleSender sender, CurrentParty party, Guid requestId, CancellationToken cancellationToken)
    {
        var facts = await sender.Send(new GetCareRequestFacts(requestId), cancellationToken);
        if (facts is null || !await party.IsFamilyOfAsync(facts.SeekerUserId, requestId, cancellationToken)) throw new NotFoundException($"No request {requestId}.");
        return facts.SeekerUserId;
    }
}
