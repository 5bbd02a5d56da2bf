using CareMatch.Commissioning.Activity;

namespace CareMatch.Commissioning.Metrics;

/// <summary>
/// The visits due with one outcome and lateness, counted by the database in one pass: how many,
/// those with a known start and those of them on time (for visits given), and for a carer's
/// cancellation whether cover was sought and how soon it was agreed.
/// </summary>
internal sealed record OutcomeCount(
    VisitOutcome Outcome,
    bool Late,
    int Count,
    int WithKnownStart,
    int OnTime,
    int CoverSought,
    int CoveredWithinTwoHours,
    int CoveredWithinFourHours);
