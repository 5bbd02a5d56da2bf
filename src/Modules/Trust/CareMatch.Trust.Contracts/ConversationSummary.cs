namespace CareMatch.Trust.Contracts;

/// <param name="With">Who the thread is with, in words for the reader: the carer's name, or "The family".</param>
public sealed record ConversationSummary(Guid RequestId, Guid CarerProfileId, string With, string Sector, int MessageCount, DateTimeOffset LastActivityAt, bool Booked);
