using CareMatch.SharedKernel.Events;

namespace CareMatch.Trust.Contracts;

/// <summary>
/// A carer's published, unhidden reviews from families changed (one was published or hidden):
/// the sum of their stars and how many. Matching feeds them to the engine's rating factor.
/// </summary>
public sealed record CarerRatingChanged(Guid CarerProfileId, int RatingSum, int RatingCount) : IntegrationEvent;
