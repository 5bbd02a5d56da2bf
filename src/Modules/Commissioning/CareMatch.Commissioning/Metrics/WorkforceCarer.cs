namespace CareMatch.Commissioning.Metrics;

/// <summary>One carer based in the area, as the workforce figures count them: where, whether bookable today, their rate and weekly hours, and whether first verified in the period.</summary>
internal sealed record WorkforceCarer(string District, bool Bookable, long? HourlyRatePence, int WeeklyMinutesOffered, bool NewlyVerified);
