using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>The seeker approves the carer who offered: the visit is booked with them.</summary>
[SentBy(Roles.Seeker)]
public sealed record ApproveCover(Guid CoverRequestId) : ICommand;
