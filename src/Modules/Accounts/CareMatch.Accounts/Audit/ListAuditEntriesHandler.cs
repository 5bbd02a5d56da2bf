using System.Globalization;
using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Accounts.Audit;

internal sealed class ListAuditEntriesHandler(AccountsDbContext db) : IQueryHandler<ListAuditEntries, AuditLogPage>
{
    public const int PageSize = 50;

    public async ValueTask<AuditLogPage> Handle(ListAuditEntries query, CancellationToken cancellationToken)
    {
        var from = ReadDate(query.From, nameof(query.From));
        var to = ReadDate(query.To, nameof(query.To));
        if (from > to) throw Refusal.At(nameof(query.To), "The end date must be the same as or after the start date");
        var page = Math.Max(1, query.Page);

        var entries =
            from entry in db.AuditEntries.AsNoTracking()
            join actor in db.Users on entry.ActorUserId equals actor.Id into actors
            from actor in actors.DefaultIfEmpty()
            join subject in db.Users on entry.SubjectUserId equals subject.Id into subjects
            from subject in subjects.DefaultIfEmpty()
            select new { entry, ActorEmail = actor.Email, ActorNormalised = actor.NormalizedEmail, SubjectEmail = subject.Email, SubjectNormalised = subject.NormalizedEmail };

        if (query.Action is { } action) entries = entries.Where(e => e.entry.Action == action);
        if (!string.IsNullOrWhiteSpace(query.Email))
        {
            var email = query.Email.Trim().ToUpperInvariant();
            entries = entries.Where(e => e.ActorNormalised!.Contains(email) || e.SubjectNormalised!.Contains(email)
                || e.entry.TypedEmail!.ToUpper().Contains(email));
        }
        if (from is { } start)
        {
            var startsAt = UkCalendar.ToInstant(start, TimeOnly.MinValue);
            entries = entries.Where(e => e.entry.At >= startsAt);
        }
        if (to is { } end)
        {
            var endsBefore = UkCalendar.ToInstant(end.AddDays(1), TimeOnly.MinValue);
            entries = entries.Where(e => e.entry.At < endsBefore);
        }

        var rows = await entries.OrderByDescending(e => e.entry.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        var shown = rows.Take(PageSize)
            .Select(e => new AuditLogEntry(e.entry.At, e.entry.Action, e.ActorEmail, e.SubjectEmail, e.entry.TypedEmail, e.entry.Detail, e.entry.IpAddress))
            .ToList();
        return new AuditLogPage(shown, page, rows.Count > PageSize);
    }

    private static DateOnly? ReadDate(string? typed, string field)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        return DateOnly.TryParseExact(typed.Trim(), ["yyyy-MM-dd", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Refusal.At(field, "Enter a real date, for example 2/12/2026");
    }
}
