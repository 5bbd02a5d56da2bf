using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>How long an offer sent now stays open (<c>Bookings:OfferLifetime</c>), for pages that explain it before one is sent.</summary>
[SentBy(Roles.Seeker)]
public sealed record GetOfferLifetime : IQuery<TimeSpan>;
