using CareMatch.Trust.Parties;
namespace CareMatch.Trust.Messages;

/// <summary>
/// The one thread between a request's seeker and one carer. It opens when either invites or
/// applies to the other, and contact details in it are masked until the two have a confirmed
/// booking (<see cref="BookedAt"/>): before then, a phone number swapped in a message would
/// let a job leave the platform's checks, payments and insurance.
/// </summary>
internal sealed class Conversation
{
    private Conversation()
    {
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public string SeekerUserId { get; private set; } = string.Empty;

    public Guid CarerProfileId { get; private set; }

    /// <summary>Public facts copied from the offer, so the thread and the list need no other module.</summary>
    public string CarerName { get; private set; } = string.Empty;

    public string Sector { get; private set; } = string.Empty;

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset? BookedAt { get; private set; }

    /// <summary>The booking the two made, which its visits and reviews are found by.</summary>
    public Guid? BookingId { get; private set; }

    public bool Booked => BookedAt is not null;

    /// <summary>When the last message was written, or the thread opened; the list of threads is newest first by it.</summary>
    public DateTimeOffset LastActivityAt { get; private set; }

    public static Conversation Open(Guid requestId, string seekerUserId, Guid carerProfileId, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        RequestId = requestId,
        SeekerUserId = seekerUserId,
        CarerProfileId = carerProfileId,
        OpenedAt = now,
        LastActivityAt = now,
    };

    /// <summary>The names an offer carries; a later offer between the two brings the carer's current name.</summary>
    public void Describe(string carerName, string sector) => (CarerName, Sector) = (carerName, sector);


    public ConversationMessage Write(Side author, string authorUserId, string text, DateTimeOffset now)
    {
        LastActivityAt = now;
        return ConversationMessage.Write(Id, author, authorUserId, text, now);
    }

    public void MarkBooked(Guid bookingId, DateTimeOffset at)
    {
        BookedAt ??= at;
        BookingId ??= bookingId;
    }
}
