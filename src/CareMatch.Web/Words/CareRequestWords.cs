using CareMatch.Needs.Contracts;

namespace CareMatch.Web.Words;

// Every switch here names every value and has no "_" arm: the compiler refuses a new enum value
// without words (CS8509). CS8524 only warns about numbers outside the enum, which never reach a page.
#pragma warning disable CS8524

/// <summary>The words pages show for a care request's values. Display only: no rules live here.</summary>
public static class CareRequestWords
{
    public static string Of(AgeBand band) => band switch
    {
        AgeBand.Under18 => "Under 18",
        AgeBand.From18To64 => "18 to 64",
        AgeBand.From65To74 => "65 to 74",
        AgeBand.From75To84 => "75 to 84",
        AgeBand.From85 => "85 or over",
    };

    public static string Of(RecipientRelationship relationship) => relationship switch
    {
        RecipientRelationship.Myself => "Me",
        RecipientRelationship.Parent => "My parent",
        RecipientRelationship.Partner => "My partner",
        RecipientRelationship.Child => "My child",
        RecipientRelationship.OtherRelative => "Another relative",
        RecipientRelationship.Friend => "A friend or neighbour",
        RecipientRelationship.SomeoneElse => "Someone else I look after",
    };

    public static string Of(FundingSource funding) => funding switch
    {
        FundingSource.SelfFunded => "I pay for it myself",
        FundingSource.PersonalBudget => "A council personal budget",
    };

    public static string Of(CareRequestStatus status) => status switch
    {
        CareRequestStatus.Draft => "Draft",
        CareRequestStatus.Open => "Published",
        CareRequestStatus.Booked => "Booked",
        CareRequestStatus.Closed => "Closed",
        CareRequestStatus.Cancelled => "Cancelled",
        CareRequestStatus.Expired => "Expired",
    };

    public static string Of(ScheduleKind kind) => kind switch
    {
        ScheduleKind.OneOff => "One visit",
        ScheduleKind.Weekly => "Every week",
    };

    public static string Of(GenderPreference preference) => preference switch
    {
        GenderPreference.None => "No preference",
        GenderPreference.Preferred => "Preferred",
        GenderPreference.Required => "Needed",
    };

    public static string Of(PreferredGender gender) => gender switch
    {
        PreferredGender.Female => "Female",
        PreferredGender.Male => "Male",
    };

    /// <summary>The kinds of care keep their words beside the enum, where Matching's emails read them too.</summary>
    public static string Of(CareType careType) => CareTaxonomy.Describe(careType);

    public static string Of(CareSkill skill) => CareTaxonomy.Describe(skill);

    public static string Gender(CareRequirements requirements) => requirements switch
    {
        { GenderPreference: GenderPreference.None } or { CarerGender: null } => Of(GenderPreference.None),
        { GenderPreference: var how, CarerGender: { } gender } =>
            $"{Of(gender)} carer {(how == GenderPreference.Required ? "needed" : "preferred")}",
    };

    public static string Slot(CareSlot slot) => $"{DayWords.Of(slot.Day)}, {CareMatch.SharedKernel.Time.TimeWords.TimeRange(slot.Start, slot.End)}";

    public static string Dates(CareSchedule when) => when switch
    {
        { Kind: ScheduleKind.OneOff } => $"One visit on {SharedKernel.Time.TimeWords.Date(when.StartDate)}",
        { EndDate: { } end } => $"Every week from {SharedKernel.Time.TimeWords.Date(when.StartDate)} to {SharedKernel.Time.TimeWords.Date(end)}",
        _ => $"Every week from {SharedKernel.Time.TimeWords.Date(when.StartDate)}, no end date",
    };
}
