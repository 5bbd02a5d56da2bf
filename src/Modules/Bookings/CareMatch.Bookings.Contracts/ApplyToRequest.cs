using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>The signed-in, bookable carer applies to an open request, with an optional message. Returns the offer's id.</summary>
[SentBy(Roles.Carer)]
public sealed record ApplyToRequest(Guid RequestId, string? Message) : ICommand<Guid>;
