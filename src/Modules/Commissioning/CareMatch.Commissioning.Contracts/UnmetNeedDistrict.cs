namespace CareMatch.Commissioning.Contracts;

/// <summary>
/// One district's (or the council's) requests waiting more than 7 and more than 28 days, and the
/// weekly hours the first ask for; the hours are hidden whenever their count is.
/// </summary>
public sealed record UnmetNeedDistrict(string District, PublishedCount WaitingOver7Days, PublishedCount WaitingOver28Days, decimal? WeeklyHoursOver7Days);
