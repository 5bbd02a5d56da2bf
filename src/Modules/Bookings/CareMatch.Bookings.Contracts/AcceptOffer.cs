using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>
/// The side that did not start the offer accepts it. The first acceptance for a request books
/// it; any later one is told the request is already taken. Returns the booking's id.
/// </summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record AcceptOffer(Guid OfferId) : ICommand<Guid>;
