using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Input;
using CareMatch.SharedKernel.Values;

namespace CareMatch.Needs.Requests;

/// <summary>The shapes a request is shown in. Which fields each shape leaves out is the privacy rule, so it lives here, once.</summary>
internal static class CareRequestViews
{
    public static CareRequirements Requirements(this CareRequest r) => new(
        [.. r.CareTypes], [.. r.RequiredSkills], [.. r.PreferredSkills], [.. r.Languages],
        r.GenderPreference, r.CarerGender, r.NeedsDriver, r.HasPets, r.SmokingInHome);

    public static CareSchedule When(this CareRequest r) => new(
        r.Schedule, r.StartDate, r.EndDate, [.. r.Slots.Select(s => new CareSlot(s.Day, s.Start, s.End))], r.Urgent);

    /// <summary>For other modules: no name, notes, address line or cancellation reason.</summary>
    public static CareRequestFacts Facts(this CareRequest r) => new(
        r.SeekerUserId, r.Requirements(), r.When(), r.RecipientAgeBand, r.Sector, r.District,
        r.SectorLatitude, r.SectorLongitude, r.MaxHourlyRatePence, r.Funding);

    public static MyCareRequest ForOwner(this CareRequest r) => new(
        r.Id, r.Status, r.CreatedAt, r.RecipientFirstName, r.RecipientAgeBand, r.RecipientRelationship, r.CareNotes,
        r.Requirements(), r.When(), r.Postcode, r.Sector, r.AddressLine, r.MaxHourlyRatePence, r.Funding, r.CancellationReason,
        CanEdit: CareRequestLifecycle.CanEdit(r.Status),
        CanPublish: CareRequestLifecycle.CanMove(r.Status, CareRequestStatus.Open),
        CanCancel: CareRequestLifecycle.CanMove(r.Status, CareRequestStatus.Cancelled));

    /// <summary>The request as the form shows it again: the same text a person would type.</summary>
    public static CareRequestDetails AsTyped(this CareRequest r)
    {
        var oneOff = r.Schedule == ScheduleKind.OneOff ? r.Slots.FirstOrDefault() : null;
        return new CareRequestDetails
        {
            RecipientFirstName = r.RecipientFirstName,
            RecipientAgeBand = r.RecipientAgeBand,
            RecipientRelationship = r.RecipientRelationship,
            CareNotes = r.CareNotes,
            CareTypes = [.. r.CareTypes],
            RequiredSkills = [.. r.RequiredSkills],
            PreferredSkills = [.. r.PreferredSkills],
            Languages = string.Join(", ", r.Languages),
            GenderPreference = r.GenderPreference,
            CarerGender = r.CarerGender,
            NeedsDriver = r.NeedsDriver,
            HasPets = r.HasPets,
            SmokingInHome = r.SmokingInHome,
            Schedule = r.Schedule,
            VisitDate = oneOff is null ? null : DateInput.Write(r.StartDate),
            VisitStart = oneOff is null ? null : TimeOfDayInput.Write(oneOff.Start),
            VisitEnd = oneOff is null ? null : TimeOfDayInput.Write(oneOff.End),
            StartDate = oneOff is null ? DateInput.Write(r.StartDate) : null,
            EndDate = oneOff is null && r.EndDate is { } end ? DateInput.Write(end) : null,
            Slots = oneOff is null ? [.. r.Slots.Select(s => new SlotInput { Day = s.Day, Start = TimeOfDayInput.Write(s.Start), End = TimeOfDayInput.Write(s.End) })] : [],
            Urgent = r.Urgent,
            Postcode = r.Postcode,
            AddressLine = r.AddressLine,
            HourlyRate = PoundsInput.Write(new Money(r.MaxHourlyRatePence)),
            Funding = r.Funding,
        };
    }
}
