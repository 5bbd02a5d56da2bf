using CareMatch.SharedKernel.Events;

namespace CareMatch.Matching.Contracts;

/// <summary>
/// Matching's latest look at an open request, published when what it found changes: how many
/// carers are near, how many could take it, and, when none could, the main thing stopping those
/// nearby (<see cref="Obstacle"/>: <see cref="NoCarerNearby"/>, or the name of the engine's rule that
/// turned away most of them) and, for availability, the part of the week most of them could not do.
/// </summary>
public sealed record OpenRequestMatchChecked(Guid RequestId, int CarersNearby, int CarersEligible, string? Obstacle, string? MostOftenMissed) : IntegrationEvent
{
    public const string NoCarerNearby = "NoCarerNearby";
}
