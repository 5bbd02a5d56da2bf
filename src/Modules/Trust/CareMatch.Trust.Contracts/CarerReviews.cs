namespace CareMatch.Trust.Contracts;

/// <param name="AverageStars">The plain mean of the published reviews' stars, or null with none.</param>
public sealed record CarerReviews(Guid CarerProfileId, int Count, double? AverageStars, IReadOnlyList<ReviewView> Reviews);
