using CareMatch.Needs.Contracts;
using CareMatch.Providers.Contracts;

namespace CareMatch.Commissioning.Activity;

/// <summary>
/// One carer as Commissioning keeps it, for the workforce figures, from Providers' events: the
/// postcode district they are based in (from their public sector, never their postcode), the kinds
/// of care they offer, their hourly rate, the weekly hours they offer, whether seekers can book them
/// now, and when they were first verified. Never a name: the id joins to nothing outside Commissioning.
/// </summary>
internal sealed class CarerFact
{
    private CarerFact()
    {
    }

    public Guid CarerProfileId { get; private set; }

    /// <summary>The outward code of the carer's home sector ("NE46" of "NE46 1"); null until they give a postcode.</summary>
    public string? District { get; private set; }

    /// <summary>The kinds of care offered, comma-separated in a fixed order, so a filter is a text match (as on <see cref="RequestFact"/>).</summary>
    public string CareTypes { get; private set; } = "";

    public long? HourlyRatePence { get; private set; }

    public int WeeklyMinutesOffered { get; private set; }

    public bool Bookable { get; private set; }

    /// <summary>The first time all their checks were current; a carer verified again after a lapse keeps the first.</summary>
    public DateTimeOffset? FirstVerifiedAt { get; private set; }

    /// <summary>When the latest profile change happened, so an older one arriving late changes nothing.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    public static CarerFact For(Guid carerProfileId) => new() { CarerProfileId = carerProfileId, ChangedAt = DateTimeOffset.MinValue };

    /// <summary>A made-up carer for the generated history (see <see cref="GeneratedCarers"/>).</summary>
    public static CarerFact Generated(Guid id, string district, IEnumerable<CareType> offers, long ratePence, int weeklyMinutes, bool bookable, DateTimeOffset firstVerifiedAt) => new()
    {
        CarerProfileId = id,
        District = district,
        CareTypes = string.Join(',', offers.Distinct().Order()),
        HourlyRatePence = ratePence,
        WeeklyMinutesOffered = weeklyMinutes,
        Bookable = bookable,
        FirstVerifiedAt = firstVerifiedAt,
        ChangedAt = firstVerifiedAt,
    };

    public void Changed(CarerProfileChanged profile)
    {
        if (profile.OccurredAt < ChangedAt) return;
        District = profile.HomeSector?.Split(' ')[0];
        CareTypes = string.Join(',', profile.CareTypes.Order());
        HourlyRatePence = profile.HourlyRatePence;
        WeeklyMinutesOffered = profile.WeeklyMinutesOffered;
        Bookable = profile.Bookable;
        ChangedAt = profile.OccurredAt;
    }

    public void Verified(DateTimeOffset at) => FirstVerifiedAt = FirstVerifiedAt is { } known && known <= at ? known : at;

    /// <summary>Suspended: not bookable until a later profile change says otherwise.</summary>
    public void Suspended(DateTimeOffset at)
    {
        if (at < ChangedAt) return;
        Bookable = false;
        ChangedAt = at;
    }
}
