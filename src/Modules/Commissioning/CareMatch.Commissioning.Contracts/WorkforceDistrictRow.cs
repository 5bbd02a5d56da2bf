namespace CareMatch.Commissioning.Contracts;

/// <summary>One district's carers: bookable now and based there, first verified in the period, and the weekly hours the bookable ones offer.</summary>
public sealed record WorkforceDistrictRow(string District, PublishedCount Bookable, PublishedCount NewlyVerified, PublishedValue HoursOfferedAWeek);
