namespace CareMatch.Matching.Contracts;

/// <summary>
/// The shortlist. <see cref="Matched"/> is false when the request is not open (a draft, closed
/// or cancelled request is not matched) or its sector could not be placed on the map.
/// </summary>
public sealed record Shortlist(
    Guid RequestId,
    string RecipientFirstName,
    string Sector,
    bool Matched,
    IReadOnlyList<ShortlistedCarer> Carers,
    string FilterSummary,
    IReadOnlyList<string> Suggestions,
    WideningOffer? Widening = null);
