using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>One offer, for either of its two sides; anyone else gets not found.</summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record GetOffer(Guid OfferId) : IQuery<OfferView>;
