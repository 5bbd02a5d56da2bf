using System.Globalization;

namespace CareMatch.Matching.Engine.Scores;

/// <summary>
/// Star ratings as a Bayesian average: every carer starts with <see cref="PriorReviews"/>
/// imaginary reviews of <see cref="PriorStars"/>, so one 5-star review (4.17) does not beat
/// forty reviews averaging 4.8 (4.71), and a newcomer is neither punished nor flattered.
/// The average maps 1★ → 0 and 5★ → 1.
/// </summary>
internal static class RatingScore
{
    public const double PriorStars = 4.0;
    public const int PriorReviews = 5;

    public static double Stars(int ratingSum, int ratingCount) =>
        ((PriorStars * PriorReviews) + ratingSum) / (PriorReviews + ratingCount);

    public static double Value(int ratingSum, int ratingCount) => Math.Clamp((Stars(ratingSum, ratingCount) - 1) / 4, 0, 1);

    public static string Explain(int ratingSum, int ratingCount) => ratingCount == 0
        ? "No reviews yet"
        : string.Create(CultureInfo.InvariantCulture, $"Rated {(double)ratingSum / ratingCount:0.0} from {ratingCount} {(ratingCount == 1 ? "review" : "reviews")}");
}
