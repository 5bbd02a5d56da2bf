namespace CareMatch.Commissioning.Contracts;

/// <summary>
/// The workforce and the market in a council, as published (the small-number rule applied):
/// <list type="bullet">
/// <item><see cref="Bookable"/>: carers based in the area (their home postcode district) whom seekers can book today.</item>
/// <item><see cref="NewlyVerified"/>: carers based in the area whose checks were all first verified in the period.</item>
/// <item><see cref="Active"/>: carers, wherever based, who gave at least one visit in the period to someone in the area.</item>
/// <item><see cref="HoursOfferedAWeek"/>: the weekly hours the bookable carers based in the area say they are available.</item>
/// <item><see cref="HoursBookedAWeek"/>: the weekly hours asked for by the area's requests that have a carer booked and are still going, out of <see cref="RequestsBooked"/>.</item>
/// <item><see cref="MedianHourlyRatePence"/>: the middle hourly rate of the bookable carers based in the area (null when fewer than 5 have one), against <see cref="FrameworkHourlyRatePence"/>, the council's own; <see cref="AtOrUnderFramework"/> is the share of them charging no more than it.</item>
/// <item><see cref="MedianPayAfterFeesPence"/>: what a carer at the median rate is paid an hour once CareMatch's commission is taken.</item>
/// </list>
/// </summary>
public sealed record WorkforceView(
    string CouncilName,
    int Weeks,
    RequestFilters Filters,
    IReadOnlyList<string> Districts,
    DateOnly From,
    DateOnly To,
    PublishedCount Bookable,
    PublishedCount NewlyVerified,
    PublishedCount Active,
    PublishedValue HoursOfferedAWeek,
    PublishedCount RequestsBooked,
    PublishedValue HoursBookedAWeek,
    long? MedianHourlyRatePence,
    long? FrameworkHourlyRatePence,
    PublishedShare? AtOrUnderFramework,
    long? MedianPayAfterFeesPence,
    IReadOnlyList<WorkforceDistrictRow> ByDistrict);
