using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>The offers on one of the signed-in seeker's own requests, and its booking once booked.</summary>
[SentBy(Roles.Seeker)]
public sealed record ListOffersForMyRequest(Guid RequestId) : IQuery<RequestOffers>;
