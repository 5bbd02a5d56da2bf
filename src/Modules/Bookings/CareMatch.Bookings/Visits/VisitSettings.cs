using CareMatch.SharedKernel.Configuration;
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

    public static VisitSettings From(IConfiguration configuration) =>
        new(ConfiguredTimeSpan.Read(configuration, CheckInOpensBeforeKey, TimeSpan.FromMinutes(30), zeroAllowed: true));
}
