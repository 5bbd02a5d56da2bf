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

    public static string Entry(ConcernEntryKind kind) => kind switch
    {
        ConcernEntryKind.Raised => "Raised",
        ConcernEntryKind.CouncilEmailed => "Emailed to the council's safeguarding contact",
        ConcernEntryKind.NoCouncilContact => "Urgent, but no council safeguarding contact is set for this area",
        ConcernEntryKind.Assigned => "Assigned",
        ConcernEntryKind.StatusChanged => "Status changed",
        ConcernEntryKind.Note => "Note",
        ConcernEntryKind.ThreadRead => "Read the message thread",
        _ => kind.ToString(),
    };
}
