namespace CareMatch.Payments.Gateway;

/// <summary>A hosted card-saving page: its id, to read the card back, and where to send the seeker.</summary>
internal sealed record CardSetup(string Id, Uri PageUrl);
