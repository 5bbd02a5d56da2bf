using CareMatch.SharedKernel.Input;

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
    public DateBoxes? VisitDate { get; init; }

    /// <summary>For a one-off visit, a time as people type it, like 9:30am or 14:00.</summary>
    public string? VisitStart { get; init; }

    public string? VisitEnd { get; init; }

    /// <summary>For weekly visits.</summary>
    public DateBoxes? StartDate { get; init; }

    /// <summary>For weekly visits; blank for no end date.</summary>
    public DateBoxes? EndDate { get; init; }

    /// <summary>For weekly visits. Rows left wholly blank are ignored.</summary>
    public IReadOnlyList<SlotInput> Slots { get; init; } = new List<SlotInput>();

    /// <summary>Care is needed within <see cref="UrgentCare.Within"/>.</summary>
    public bool Urgent { get; init; }

    public string? Postcode { get; init; }

    /// <summary>Private: never shown to carers before a booking; they see the postcode sector only.</summary>
    public string? AddressLine { get; init; }

    /// <summary>The most the seeker will pay an hour, in pounds, like 22.50.</summary>
    public string? HourlyRate { get; init; }

    public FundingSource? Funding { get; init; }
}
