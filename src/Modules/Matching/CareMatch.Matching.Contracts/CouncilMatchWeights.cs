using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Matching.Contracts;

/// <summary>Admins: the weights matching uses for one council's requests, and whether they override the defaults.</summary>
[SentBy(Roles.Admin)]
public sealed record GetCouncilMatchWeights(Guid CouncilId) : IQuery<CouncilMatchWeights>;

public sealed record CouncilMatchWeights(Guid CouncilId, string CouncilName, bool Overridden, MatchWeightValues Weights, MatchWeightValues Defaults);

/// <summary>How much each factor counts; only the proportions matter.</summary>
public sealed record MatchWeightValues(
    double Continuity,
    double Distance,
    double Preferences,
    double Rating,
    double Reliability,
    double Price,
    double Responsiveness,
    double NewCarerBoost);

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

/// <summary>Admins: go back to the configured weights for this council.</summary>
[SentBy(Roles.Admin)]
public sealed record ResetCouncilMatchWeights(Guid CouncilId) : ICommand;
