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

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset? BookedAt { get; private set; }

    public bool Booked => BookedAt is not null;

    public static Conversation Open(Guid requestId, string seekerUserId, Guid carerProfileId, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        RequestId = requestId,
        SeekerUserId = seekerUserId,
        CarerProfileId = carerProfileId,
        OpenedAt = now,
    };

    public void MarkBooked(DateTimeOffset at) => BookedAt ??= at;
}
