using CareMatch.Payments.Contracts;

namespace CareMatch.Payments.Tests.Earnings;

/// <summary>Visit payments as the carer sees them, for the pure earnings and payout tests.</summary>
internal static class PaidVisits
{
    /// <summary>A one-hour visit whose pay was sent at <paramref name="sentAt"/> (UTC), expected in the bank on <paramref name="inBank"/>.</summary>
    public static VisitPaymentView Paid(string sentAt, long carePence = 2000, long commissionPence = 300, long vatPence = 60, string? inBank = null, decimal hours = 1m)
    {
        var sent = DateTimeOffset.Parse(sentAt, System.Globalization.CultureInfo.InvariantCulture);
        var charge = new VisitCharge(ChargeKind.CareGiven, 2000, hours, carePence, 0, 0, commissionPence, vatPence);
        return new VisitPaymentView(
            Guid.NewGuid(), "CM-TEST", sent.AddDays(-1), sent.AddDays(-1).AddHours(1), VisitPaymentStatus.Paid, null, null, carePence,
            charge, sent, sent, inBank is null ? null : DateOnly.Parse(inBank, System.Globalization.CultureInfo.InvariantCulture), true);
    }

    /// <summary>Held but not yet charged: no pay sent, so in no tax year and no payout.</summary>
    public static VisitPaymentView Secured() => new(
        Guid.NewGuid(), "CM-HELD", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddHours(1), VisitPaymentStatus.Secured, null, null, 2000,
        null, null, null, null, true);
}
