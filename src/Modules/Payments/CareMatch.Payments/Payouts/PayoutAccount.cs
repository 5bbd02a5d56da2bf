using CareMatch.Payments.Contracts;
using CareMatch.Payments.Gateway;

namespace CareMatch.Payments.Payouts;

/// <summary>
/// A carer's Stripe Express account, as Stripe last told us. State is applied only when it is at
/// least as new as what we hold, so account.updated events delivered late or out of order, and
/// the read on the carer's return from onboarding, all end in the same state. Times are kept to
/// the whole second, as Stripe stamps its events, so a read and an event in the same second both apply.
/// </summary>
internal sealed class PayoutAccount
{
    private PayoutAccount()
    {
    }

    public Guid Id { get; private set; }

    public Guid CarerProfileId { get; private set; }

    public string CarerUserId { get; private set; } = "";

    public string GatewayAccountId { get; private set; } = "";

    /// <summary>Made on the simulated gateway: no real account exists at Stripe.</summary>
    public bool Simulated { get; private set; }

    public bool PayoutsEnabled { get; private set; }

    /// <summary>Stripe's requirement codes still due, comma-separated.</summary>
    public string StillDue { get; private set; } = "";

    public PayoutInterval Interval { get; private set; }

    public int DelayDays { get; private set; }

    public DayOfWeek? WeeklyAnchor { get; private set; }

    public int? MonthlyAnchor { get; private set; }

    /// <summary>When Stripe said what we hold (the event's time, or when we read it).</summary>
    public DateTimeOffset StateAt { get; private set; }

    public static PayoutAccount Open(Guid carerProfileId, string carerUserId, string gatewayAccountId, bool simulated) => new()
    {
        Id = Guid.NewGuid(),
        CarerProfileId = carerProfileId,
        CarerUserId = carerUserId,
        GatewayAccountId = gatewayAccountId,
        Simulated = simulated,
        StillDue = "",
        // Nothing heard from Stripe yet: its first word on the account, however stamped, applies.
        StateAt = DateTimeOffset.UnixEpoch,
    };

    public PayoutStatus Status => PayoutsEnabled ? PayoutStatus.Ready : PayoutStatus.StripeNeedsMore;

    public IReadOnlyList<string> StillNeeded => StillDue.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public PayoutSchedule Schedule => new(Interval, DelayDays, WeeklyAnchor, MonthlyAnchor);

    /// <summary>Takes Stripe's newer word on the account; true when whether it can be paid changed.</summary>
    public bool Apply(PayoutAccountState state, DateTimeOffset at)
    {
        at = DateTimeOffset.FromUnixTimeSeconds(at.ToUnixTimeSeconds());
        if (at < StateAt) return false;
        var wasEnabled = PayoutsEnabled;
        PayoutsEnabled = state.PayoutsEnabled;
        StillDue = string.Join(',', state.StillDue);
        Interval = state.Schedule.Interval;
        DelayDays = state.Schedule.DelayDays;
        WeeklyAnchor = state.Schedule.WeeklyAnchor;
        MonthlyAnchor = state.Schedule.MonthlyAnchor;
        StateAt = at;
        return wasEnabled != PayoutsEnabled;
    }
}
