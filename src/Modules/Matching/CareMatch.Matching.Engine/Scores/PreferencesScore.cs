using System.Numerics;
using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Snapshots;

namespace CareMatch.Matching.Engine.Scores;

/// <summary>
/// The share of the seeker's nice-to-haves the carer covers: preferred care types, skills,
/// languages and gender, one point each. With nothing preferred every carer scores 1, so the
/// factor ranks no one up or down.
/// </summary>
internal static class PreferencesScore
{
    public static int Covered(in CarerView carer, PreparedRequest request) =>
        BitOperations.PopCount(carer.Row.CareTypes & request.PreferredCareTypes)
        + BitOperations.PopCount(carer.Row.Skills & request.PreferredSkills)
        + BitOperations.PopCount(carer.Row.Languages & request.PreferredLanguages)
        + (request.PreferredGender != 0 && carer.Row.Gender == request.PreferredGender ? 1 : 0);

    public static double Value(in CarerView carer, PreparedRequest request) =>
        request.PreferenceCount == 0 ? 1 : (double)Covered(carer, request) / request.PreferenceCount;

    public static string Explain(int covered, int preferenceCount) => preferenceCount == 0
        ? "No preferences given"
        : $"Covers {covered} of your {preferenceCount} preferences";
}
