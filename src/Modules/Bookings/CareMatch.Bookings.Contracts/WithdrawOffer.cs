using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>The side that started the offer takes it back while it is still pending.</summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record WithdrawOffer(Guid OfferId) : ICommand;
