using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Matching.Contracts;

/// <summary>
/// The seeker accepts the offer to widen their unmatched request: carers a little beyond
/// their usual travel distance (<see cref="WideningOffer.ExtraKm"/>) are ranked too, and the best of them are told. Only for the
/// seeker's own open request that has been offered it; anyone else's is not found.
/// </summary>
[SentBy(Roles.Seeker)]
public sealed record WidenMyRequest(Guid RequestId) : ICommand;
