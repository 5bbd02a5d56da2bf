using CareMatch.Matching.Engine.Snapshots;
using CareMatch.Matching.Engine.Time;
using CareMatch.Matching.Taxonomy;
using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Values;

namespace CareMatch.Matching.Shortlists;

/// <summary>
/// A seeker's care request in the engine's terms. Every care type asked for and every required
/// skill must be offered; preferred skills only rank. The languages a seeker lists are ones
/// the carer "should speak", so they are required: the filter summary and its widening
/// suggestion say so when that removes carers.
/// </summary>
/// <remarks>
/// Needs does not give a recipient id yet, so <see cref="MatchRequest.RecipientId"/> stays
/// empty; continuity has no visit history to use until Bookings exists either way.
/// </remarks>
internal static class MatchRequests
{
    public static MatchRequest Of(MyCareRequest request, GeoPoint sectorCentroid) => new()
    {
        Latitude = sectorCentroid.Latitude,
        Longitude = sectorCentroid.Longitude,
        Schedule = ScheduleOf(request.When),
        RequiredCareTypes = CareTaxonomyIndex.SetOf(request.Requirements.CareTypes),
        RequiredSkills = CareTaxonomyIndex.SetOf(request.Requirements.RequiredSkills),
        PreferredSkills = CareTaxonomyIndex.SetOf(request.Requirements.PreferredSkills),
        RequiredLanguages = LanguageIndex.SetOf(request.Requirements.Languages),
        GenderRequirement = CareTaxonomyIndex.Of(request.Requirements.GenderPreference),
        CarerGender = CareTaxonomyIndex.Of(request.Requirements.CarerGender),
        NeedsDriver = request.Requirements.NeedsDriver,
        MaxHourlyRatePence = request.MaxHourlyRatePence,
    };

    /// <summary>A one-off visit ending at or before its start time runs past midnight into the next day.</summary>
    private static VisitSchedule ScheduleOf(CareSchedule when)
    {
        if (when.Kind == ScheduleKind.OneOff && when.Slots is [var visit])
        {
            var start = when.StartDate.ToDateTime(visit.Start);
            var endDate = visit.End > visit.Start ? when.StartDate : when.StartDate.AddDays(1);
            return VisitSchedule.OneOff(start, endDate.ToDateTime(visit.End));
        }

        return VisitSchedule.Weekly(when.Slots.Select(s => new WeeklyTime(s.Day, s.Start, s.End)), when.StartDate, when.EndDate);
    }
}
