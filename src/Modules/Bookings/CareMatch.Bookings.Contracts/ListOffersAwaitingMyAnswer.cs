using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>Offers waiting for the signed-in person's answer: invitations for a carer, applications for a seeker.</summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record ListOffersAwaitingMyAnswer : IQuery<IReadOnlyList<OfferView>>;
