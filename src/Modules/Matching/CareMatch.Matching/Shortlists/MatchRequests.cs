using CareMatch.Matching.Engine.Snapshots;
using CareMatch.Matching.Engine.Time;
using CareMatch.Matching.Taxonomy;
using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Values;

namespace CareMatch.Matching.Shortlists;

/// <summary>
/// A care request in the engine's terms, for the seeker's shortlist and carers' "jobs for you" alike. Every care type asked for and every required
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
    public static MatchRequest Of(MyCareRequest request, GeoPoint sectorCentroid) =>
        Of(request.Requirements, request.When, request.MaxHourlyRatePence, sectorCentroid);

    /// <summary>An open request as other modules know it; its facts carry the sector centroid already.</summary>
    public static MatchRequest Of(CareRequestFacts facts) =>
        Of(facts.Requirements, facts.When, facts.MaxHourlyRatePence, new GeoPoint(facts.SectorLatitude, facts.SectorLongitude));

    private static MatchRequest Of(CareRequirements requirements, CareSchedule when, long maxHourlyRatePence, GeoPoint sectorCentroid) => new()
    {
        Latitude = sectorCentroid.Latitude,
        Longitude = sectorCentroid.Longitude,
        Schedule = ScheduleOf(when),
        RequiredCareTypes = CareTaxonomyIndex.SetOf(requirements.CareTypes),
        RequiredSkills = CareTaxonomyIndex.SetOf(requirements.RequiredSkills),
        PreferredSkills = CareTaxonomyIndex.SetOf(requirements.PreferredSkills),
        RequiredLanguages = LanguageIndex.SetOf(requirements.Languages),
        GenderRequirement = CareTaxonomyIndex.Of(requirements.GenderPreference),
        CarerGender = CareTaxonomyIndex.Of(requirements.CarerGender),
        NeedsDriver = requirements.NeedsDriver,
        MaxHourlyRatePence = maxHourlyRatePence,
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
