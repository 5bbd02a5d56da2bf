namespace CareMatch.Matching.Contracts;

/// <summary>
/// The request has gone unmatched for <see cref="UnmatchedFor"/>, so the seeker may ask carers
/// who live up to <see cref="ExtraKm"/> beyond their usual travel distance too. Both numbers are
/// Matching's, carried here so the page says what Matching does. <see cref="Accepted"/> once they have.
/// </summary>
public sealed record WideningOffer(bool Accepted, DateTimeOffset OfferedAt, TimeSpan UnmatchedFor, int ExtraKm);
