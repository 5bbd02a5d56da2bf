namespace CareMatch.Trust.Safeguarding;

/// <summary>
/// A council's adult safeguarding contact, set by admins. Kept in Trust beside the concerns it
/// receives: nothing else in the app uses it, and Commissioning stays about figures.
/// </summary>
internal sealed class SafeguardingContact
{
    private SafeguardingContact()
    {
    }

    public Guid CouncilId { get; private set; }

    public string Email { get; private set; } = string.Empty;

    public string? Phone { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedByUserId { get; private set; } = string.Empty;

    public static SafeguardingContact For(Guid councilId) => new() { CouncilId = councilId };

    public void Set(string email, string? phone, string byUserId, DateTimeOffset now) =>
        (Email, Phone, UpdatedByUserId, UpdatedAt) = (email, phone, byUserId, now);
}
