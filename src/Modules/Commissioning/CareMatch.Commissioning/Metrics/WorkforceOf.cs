using CareMatch.Commissioning.Contracts;

namespace CareMatch.Commissioning.Metrics;

/// <summary>
/// The workforce figures as defined on <see cref="WorkforceView"/>, with the small-number rule:
/// counts from 1 to 4 are hidden, and so are the hours behind them; the median rate needs 5 rates;
/// each district column is suppressed against its total, and a district's hours go with its carers.
/// Pay after fees is Payments' to work out, so it is left for the caller to fill in.
/// </summary>
internal static class WorkforceOf
{
    public static WorkforceView Of(
        CommissionerScope scope, IReadOnlyList<WorkforceCarer> carers, int active, int requestsBooked, int minutesBookedAWeek, long? frameworkRatePence)
    {
        var bookable = carers.Where(c => c.Bookable).ToList();
        var rates = bookable.Where(c => c.HourlyRatePence is not null).Select(c => c.HourlyRatePence!.Value).Order().ToList();
        var bookableCount = SmallNumbers.Count(bookable.Count);
        var booked = SmallNumbers.Count(requestsBooked);
        return new WorkforceView(
            scope.CouncilName,
            scope.Weeks,
            scope.Filters,
            scope.Districts,
            scope.From,
            scope.To,
            bookableCount,
            SmallNumbers.Count(carers.Count(c => c.NewlyVerified)),
            SmallNumbers.Count(active),
            bookableCount.Suppressed ? PublishedValue.Hidden : Hours(bookable.Sum(c => c.WeeklyMinutesOffered)),
            booked,
            booked.Suppressed ? PublishedValue.Hidden : Hours(minutesBookedAWeek),
            MedianRatePence(rates),
            frameworkRatePence,
            frameworkRatePence is { } framework ? SmallNumbers.Share(new Share(rates.Count(r => r <= framework), rates.Count)) : null,
            null,
            ByDistrict(scope.InArea, carers));
    }

    /// <summary>The middle rate (the mean of the two middle ones, to the penny, when there is an even number); null under 5 rates, where it would be one carer's.</summary>
    public static long? MedianRatePence(IReadOnlyList<long> sortedRates)
    {
        if (sortedRates.Count < SmallNumbers.Smallest) return null;
        var middle = sortedRates.Count / 2;
        return sortedRates.Count % 2 == 1 ? sortedRates[middle] : (long)Math.Round((sortedRates[middle - 1] + sortedRates[middle]) / 2m, MidpointRounding.AwayFromZero);
    }

    private static List<WorkforceDistrictRow> ByDistrict(IReadOnlyList<string> districts, IReadOnlyList<WorkforceCarer> carers)
    {
        var bookable = districts.Select(d => carers.Where(c => c.District == d && c.Bookable).ToList()).ToList();
        var newlyVerified = districts.Select(d => carers.Count(c => c.District == d && c.NewlyVerified)).ToList();
        var bookableHidden = SecondarySuppression.Hidden([.. bookable.Select(b => b.Count)]);
        var newlyHidden = SecondarySuppression.Hidden(newlyVerified);
        return [.. districts.Select((district, i) => new WorkforceDistrictRow(
            district,
            new PublishedCount(bookableHidden[i] ? null : bookable[i].Count),
            new PublishedCount(newlyHidden[i] ? null : newlyVerified[i]),
            bookableHidden[i] ? PublishedValue.Hidden : Hours(bookable[i].Sum(c => c.WeeklyMinutesOffered))))];
    }

    /// <summary>Hours a week to one decimal place, as people say them ("37.5 hours").</summary>
    private static PublishedValue Hours(int minutes) => new(Math.Round(minutes / 60m, 1), false);
}
