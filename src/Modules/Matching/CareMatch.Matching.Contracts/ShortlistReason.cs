namespace CareMatch.Matching.Contracts;

/// <summary>One factor of a carer's score, in words, with its share of the score (0–1; the shares add up to the score).</summary>
public sealed record ShortlistReason(string Factor, string Explanation, double Contribution);
