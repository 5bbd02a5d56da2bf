namespace CareMatch.Commissioning.Contracts;

/// <summary>
/// One district's (or the council's) requests waiting 8 to 28 days and more than 28 days (two bands
/// that do not overlap, so neither can be worked out from the other), and the weekly hours all
/// those waiting more than 7 days ask for, hidden when fewer than 5 are behind them.
/// </summary>
public sealed record UnmetNeedDistrict(string District, PublishedCount Waiting8To28Days, PublishedCount WaitingOver28Days, decimal? WeeklyHoursOver7Days);
