using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Matching.Contracts;

/// <summary>
/// Admins: override the weights for one council's requests, as typed (so a non-number gets a
/// message at its field). Each must be a number from 0 to 100, at least one above zero, and
/// the new-carer boost at most 15% of the total.
/// </summary>
[SentBy(Roles.Admin)]
public sealed record SetCouncilMatchWeights(
    Guid CouncilId,
    string? Continuity,
    string? Distance,
    string? Preferences,
    string? Rating,
    string? Reliability,
    string? Price,
    string? Responsiveness,
    string? NewCarerBoost) : ICommand;
