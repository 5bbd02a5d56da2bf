namespace CareMatch.Trust.Contracts;

/// <param name="ContactDetailsShown">False until the two have a confirmed booking: phone numbers, emails and links are masked.</param>
/// <param name="ViewerIsSeeker">Whether the person reading is the family's side (else the carer).</param>
public sealed record ConversationView(
    Guid RequestId,
    Guid CarerProfileId,
    string CarerName,
    string Sector,
    bool ContactDetailsShown,
    bool ViewerIsSeeker,
    IReadOnlyList<MessageView> Messages);
