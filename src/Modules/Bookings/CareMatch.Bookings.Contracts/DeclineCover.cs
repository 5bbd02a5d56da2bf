using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>The seeker turns the carer who offered down; the search goes on without them.</summary>
[SentBy(Roles.Seeker)]
public sealed record DeclineCover(Guid CoverRequestId) : ICommand;
