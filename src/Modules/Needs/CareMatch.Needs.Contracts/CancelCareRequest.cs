using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Needs.Contracts;

/// <summary>The seeker withdraws their draft, open or booked request, saying why.</summary>
[SentBy(Roles.Seeker)]
public sealed record CancelCareRequest(Guid RequestId, string? Reason) : ICommand;
