using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>The side that did not start the offer says no, optionally saying why.</summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record DeclineOffer(Guid OfferId, string? Reason) : ICommand;
