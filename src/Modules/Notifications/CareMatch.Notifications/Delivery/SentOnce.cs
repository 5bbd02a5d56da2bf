namespace CareMatch.Notifications.Delivery;

/// <summary>
/// Marks something a scheduled task must tell only once (a visit's reminder, a job in a digest,
/// a carer's digest for a day) by a key that names it. The key is the table's key, so a second
/// run, or a second node, cannot save it twice.
/// </summary>
internal sealed class SentOnce(string key, DateTimeOffset sentAt)
{
    public const int KeyMaxLength = 128;

    public string Key { get; private set; } = key;

    public DateTimeOffset SentAt { get; private set; } = sentAt;
}
