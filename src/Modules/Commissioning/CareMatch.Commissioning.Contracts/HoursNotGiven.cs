namespace CareMatch.Commissioning.Contracts;

/// <summary>
/// Care asked for in the period and not given, in hours, as published:
/// <see cref="WaitingForACarer"/>, the weekly hours of the <see cref="RequestsWaiting"/> requests that waited in the
/// period for their first visit, for the weeks they waited (from the later of posting and the first day of care
/// asked for, to the first visit, the request closing, or now); <see cref="OfVisitsLost"/>, the planned hours of the
/// <see cref="VisitsLost"/> visits due in the period that were missed, or that the carer cancelled and nobody covered;
/// <see cref="InAll"/>, the two together. Each hidden when fewer than 5 requests or visits are behind it.
/// </summary>
public sealed record HoursNotGiven(PublishedValue WaitingForACarer, PublishedCount RequestsWaiting, PublishedValue OfVisitsLost, PublishedCount VisitsLost, PublishedValue InAll);
