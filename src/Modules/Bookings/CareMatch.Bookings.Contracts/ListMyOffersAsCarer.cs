using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>The signed-in carer's offers: invitations to them and their applications, newest first.</summary>
[SentBy(Roles.Carer)]
public sealed record ListMyOffersAsCarer : IQuery<IReadOnlyList<OfferView>>;
