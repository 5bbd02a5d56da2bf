using CareMatch.Trust.Contracts;

namespace CareMatch.Web.Words;

/// <summary>A safeguarding concern's status, subject and trail in words; Trust owns them because its notifications say them too.</summary>
public static class ConcernWords
{
    public static string Of(ConcernStatus status) => SafeguardingText.Status(status);

    public static string Of(ConcernEntryKind kind) => SafeguardingText.Entry(kind);

    public static string Of(ConcernSubject subject) => SafeguardingText.Subject(subject);
}
