using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace CareMatch.Bookings.Visits;

/// <summary>
/// How early a carer may check in: <c>Bookings:CheckInOpensBefore</c>, 30 minutes before the
/// start unless configured. The browser tests widen it, so a visit booked for tomorrow can be
/// checked into today whatever the hour they run at.
/// </summary>
internal sealed record VisitSettings(TimeSpan CheckInOpensBefore)
{
    public const string CheckInOpensBeforeKey = "Bookings:CheckInOpensBefore";

    public static VisitSettings From(IConfiguration configuration)
    {
        var text = configuration[CheckInOpensBeforeKey];
        if (string.IsNullOrWhiteSpace(text)) return new VisitSettings(TimeSpan.FromMinutes(30));
        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var window) && window >= TimeSpan.Zero
            ? new VisitSettings(window)
            : throw new InvalidOperationException($"{CheckInOpensBeforeKey} must be a time span such as 00:30:00, not \"{text}\".");
    }

    /// <summary>The window in words for the person told they are too early: "30 minutes", "2 hours".</summary>
    public string CheckInWindowInWords => CheckInOpensBefore.TotalMinutes < 120
        ? $"{CheckInOpensBefore.TotalMinutes:0} minutes"
        : $"{CheckInOpensBefore.TotalHours:0} hours";
}
