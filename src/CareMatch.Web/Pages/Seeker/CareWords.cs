using System.Globalization;
using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Time;

namespace CareMatch.Web.Pages.Seeker;

/// <summary>The words pages show for a care request's values. Display only: no rules live here.</summary>
public static class CareWords
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The days in a British week's order, for the weekly visits' day lists.</summary>
    public static IReadOnlyList<DayOfWeek> Week => UkWeek.MondayFirst;

    public static string Of(AgeBand band) => band switch
    {
        AgeBand.Under18 => "Under 18",
        AgeBand.From18To64 => "18 to 64",
        AgeBand.From65To74 => "65 to 74",
        AgeBand.From75To84 => "75 to 84",
        AgeBand.From85 => "85 or over",
        _ => band.ToString(),
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
        _ => relationship.ToString(),
    };

    public static string Of(FundingSource funding) => funding switch
    {
        FundingSource.SelfFunded => "I pay for it myself",
        FundingSource.PersonalBudget => "A council personal budget",
        _ => funding.ToString(),
    };

    public static string Of(CareRequestStatus status) => status switch
    {
        CareRequestStatus.Open => "Published",
        _ => status.ToString(),
    };

    /// <summary>GOV.UK tag colour for a status.</summary>
    public static string TagClass(CareRequestStatus status) => status switch
    {
        CareRequestStatus.Draft => "govuk-tag govuk-tag--grey",
        CareRequestStatus.Open => "govuk-tag govuk-tag--blue",
        CareRequestStatus.Booked => "govuk-tag govuk-tag--green",
        CareRequestStatus.Cancelled or CareRequestStatus.Expired => "govuk-tag govuk-tag--red",
        _ => "govuk-tag",
    };

    public static string Gender(CareRequirements requirements) => requirements switch
    {
        { GenderPreference: GenderPreference.None } or { CarerGender: null } => "No preference",
        { GenderPreference: var how, CarerGender: var gender } =>
            $"{gender} carer {(how == GenderPreference.Required ? "needed" : "preferred")}",
    };

    public static string Money(long pence) => (pence / 100m).ToString("C", British);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", British);

    /// <summary>An instant as the UK clock shows it, like "Monday 7 December 2026, 09:00".</summary>
    public static string DateTime(DateTimeOffset instant) => UkCalendar.ToUkTime(instant).ToString("dddd d MMMM yyyy, HH:mm", British);

    /// <summary>For dense tables: "2 Dec 2026, 12:42", UK time.</summary>
    public static string ShortDateTime(DateTimeOffset instant) => UkCalendar.ToUkTime(instant).ToString("d MMM yyyy, HH:mm", British);

    public static string Time(DateTimeOffset instant) => UkCalendar.ToUkTime(instant).ToString("HH:mm", British);

    public static string Slot(CareSlot slot) => $"{slot.Day}, {slot.Start:HH\\:mm} to {slot.End:HH\\:mm}";

    public static string Dates(CareSchedule when) => when switch
    {
        { Kind: ScheduleKind.OneOff } => $"One visit on {Date(when.StartDate)}",
        { EndDate: { } end } => $"Every week from {Date(when.StartDate)} to {Date(end)}",
        _ => $"Every week from {Date(when.StartDate)}, no end date",
    };

    public static string List(IEnumerable<string> items, string none = "None") =>
        items.Any() ? string.Join(", ", items) : none;

    public static string YesNo(bool value) => value ? "Yes" : "No";
}
