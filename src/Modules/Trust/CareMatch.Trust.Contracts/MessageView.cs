namespace CareMatch.Trust.Contracts;

/// <param name="Masked">Something in the text was hidden.</param>
public sealed record MessageView(Guid MessageId, bool Mine, string AuthorName, string Text, bool Masked, DateTimeOffset SentAt);
