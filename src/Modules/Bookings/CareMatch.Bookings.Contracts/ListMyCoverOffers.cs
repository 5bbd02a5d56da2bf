using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>The signed-in carer's requests to cover someone else's visit, newest first.</summary>
[SentBy(Roles.Carer)]
public sealed record ListMyCoverOffers : IQuery<IReadOnlyList<CoverOfferView>>;
