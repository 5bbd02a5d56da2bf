using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>A seeker invites a carer to their own open request, with an optional message. Returns the offer's id.</summary>
[SentBy(Roles.Seeker)]
public sealed record InviteCarer(Guid RequestId, Guid CarerProfileId, string? Message) : ICommand<Guid>;
