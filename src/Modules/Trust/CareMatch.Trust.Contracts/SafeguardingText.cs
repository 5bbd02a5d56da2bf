namespace CareMatch.Trust.Contracts;

/// <summary>A concern's limits, and the words for its status and trail, used by Trust's own texts and by the pages (through ConcernWords).</summary>
public static class SafeguardingText
{
    public const int MaxWhatHappenedLength = 2000;

    public const int MaxNoteLength = 2000;

    public static string Status(ConcernStatus status) => status switch
    {
        ConcernStatus.New => "New",
        ConcernStatus.UnderReview => "Under review",
        ConcernStatus.ReferredToCouncil => "Referred to the council",
        ConcernStatus.Closed => "Closed",
        _ => status.ToString(),
    };

    /// <summary>The kind of thing a concern is about, as in "Concern about a visit".</summary>
    public static string Subject(ConcernSubject subject) => subject switch
    {
        ConcernSubject.Message => "a message",
        ConcernSubject.Carer => "a carer",
        ConcernSubject.Family => "a family",
        ConcernSubject.Visit => "a visit",
        _ => subject.ToString(),
    };

    public static string Entry(ConcernEntryKind kind) => kind switch
    {
        ConcernEntryKind.Raised => "Raised",
        ConcernEntryKind.CouncilEmailed => "Emailed to the council's safeguarding contact",
        ConcernEntryKind.NoCouncilContact => "Urgent, but no council safeguarding contact is set for this area",
        ConcernEntryKind.Assigned => "Assigned",
        ConcernEntryKind.StatusChanged => "Status changed",
        ConcernEntryKind.Note => "Note",
        ConcernEntryKind.ThreadRead => "Read the message thread",
        ConcernEntryKind.CouncilEmailFailed => "Email to the council's safeguarding contact failed",
        _ => kind.ToString(),
    };
}
