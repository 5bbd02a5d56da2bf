namespace CareMatch.Commissioning.Contracts;

/// <summary>One week of the period (seven days from <see cref="Starting"/>, UK time): the requests posted in it and how many of them had a first visit within 7 days, as published.</summary>
public sealed record WeekOfRequests(DateOnly Starting, PublishedCount Posted, PublishedCount FirstVisitWithin7Days);
