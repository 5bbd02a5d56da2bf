namespace CareMatch.Needs.Acting;

/// <summary>
/// One thing someone on the family's side did about a request, kept so everyone acting for the
/// person cared for can see who decided what.
/// </summary>
internal sealed class RequestActivity
{
    private RequestActivity()
    {
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public string ActorUserId { get; private set; } = string.Empty;

    public string What { get; private set; } = string.Empty;

    public DateTimeOffset At { get; private set; }

    public static RequestActivity Record(Guid requestId, string actorUserId, string what, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        RequestId = requestId,
        ActorUserId = actorUserId,
        What = what.Length > MaxWhatLength ? what[..MaxWhatLength] : what,
        At = at,
    };

    public const int MaxWhatLength = 300;
}
