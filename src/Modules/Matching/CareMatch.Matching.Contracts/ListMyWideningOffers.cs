using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Matching.Contracts;

/// <summary>The signed-in seeker's requests that are waiting for them to decide on widening, for their home page.</summary>
[SentBy(Roles.Seeker)]
public sealed record ListMyWideningOffers : IQuery<IReadOnlyList<PendingWideningOffer>>;
