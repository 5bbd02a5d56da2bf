using CareMatch.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.SharedKernel.PersonalData;

public static class PersonalDataErasure
{
    /// <summary>A stand-in for a deleted person's user id where a row must stay for someone else.</summary>
    public const string DeletedUserId = "deleted";

    /// <summary>
    /// Deletes this module's delivered outbox messages whose payload names the person (their
    /// user id, or any other text given), except <paramref name="except"/>. Delivered messages
    /// are only history; the facts they carried live (or no longer live) in the tables.
    /// Messages not yet delivered are kept, so no module misses an event.
    /// </summary>
    public static async Task<int> ForgetDeliveredMessagesAboutAsync(
        this DbContext context, IEnumerable<string?> mentions, Guid? except, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var text in mentions.OfType<string>().Where(m => m.Length > 0).Distinct(StringComparer.Ordinal))
        {
            deleted += await context.Set<OutboxMessage>()
                .Where(m => m.ProcessedAt != null && (except == null || m.Id != except.Value) && m.Payload.Contains(text))
                .ExecuteDeleteAsync(cancellationToken);
        }
        return deleted;
    }
}
