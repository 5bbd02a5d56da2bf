namespace CareMatch.Trust.Messages;

internal enum MessageAuthor
{
    Seeker,
    Carer,
}
