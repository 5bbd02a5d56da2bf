namespace CareMatch.Needs.Contracts;

/// <summary>
/// A care request as the seeker typed it: strings where people can type something that is not
/// yet valid (dates, times, money), so Needs gives every mistake back as a message at its
/// field, keyed by these property names. Pages bind it directly; the edit page gets it back
/// from <see cref="GetMyCareRequestForEditing"/>. Lists start as empty List&lt;T&gt;, not [], because
/// MVC's collection binder fills the list a new model already holds, and silently skips a read-only one.
/// </summary>
public record CareRequestDetails
{
    public string? RecipientFirstName { get; init; }

    public AgeBand? RecipientAgeBand { get; init; }

    public RecipientRelationship? RecipientRelationship { get; init; }

    /// <summary>Private: only the seeker sees them, until a booking shares them with the carer.</summary>
    public string? CareNotes { get; init; }

    public IReadOnlyList<CareType> CareTypes { get; init; } = new List<CareType>();

    public IReadOnlyList<CareSkill> RequiredSkills { get; init; } = new List<CareSkill>();

    public IReadOnlyList<CareSkill> PreferredSkills { get; init; } = new List<CareSkill>();

    /// <summary>Languages the carer should speak, separated by commas.</summary>
    public string? Languages { get; init; }

    public GenderPreference GenderPreference { get; init; }

    public PreferredGender? CarerGender { get; init; }

    public bool NeedsDriver { get; init; }

    public bool HasPets { get; init; }

    public bool SmokingInHome { get; init; }

    public ScheduleKind? Schedule { get; init; }

    /// <summary>For a one-off visit.</summary>
    public DateParts? VisitDate { get; init; }

    /// <summary>For a one-off visit, 24-hour time like 09:30.</summary>
    public string? VisitStart { get; init; }

    public string? VisitEnd { get; init; }

    /// <summary>For weekly visits.</summary>
    public DateParts? StartDate { get; init; }

    /// <summary>For weekly visits; blank for no end date.</summary>
    public DateParts? EndDate { get; init; }

    /// <summary>For weekly visits. Rows left wholly blank are ignored.</summary>
    public IReadOnlyList<SlotInput> Slots { get; init; } = new List<SlotInput>();

    /// <summary>Care is needed within 48 hours.</summary>
    public bool Urgent { get; init; }

    public string? Postcode { get; init; }

    /// <summary>Private: never shown to carers before a booking; they see the postcode sector only.</summary>
    public string? AddressLine { get; init; }

    /// <summary>The most the seeker will pay an hour, in pounds, like 22.50.</summary>
    public string? HourlyRate { get; init; }

    public FundingSource? Funding { get; init; }
}

/// <summary>A date as typed in three boxes.</summary>
public sealed record DateParts
{
    public string? Day { get; init; }

    public string? Month { get; init; }

    public string? Year { get; init; }
}

/// <summary>One weekly visit as typed: a day of the week and 24-hour start and end times.</summary>
public sealed record SlotInput
{
    public DayOfWeek? Day { get; init; }

    public string? Start { get; init; }

    public string? End { get; init; }
}
