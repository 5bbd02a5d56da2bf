using CareMatch.Bookings.Contracts;
using CareMatch.Payments.Contracts;
using CareMatch.Payments.Ledger;
using CareMatch.Payments.Pricing;
using CareMatch.Payments.Visits;

namespace CareMatch.Payments.Tests.Visits;

/// <summary>
/// The five events of a refunded visit's life (held, captured, carer paid, refunded, carer's share
/// taken back) can reach us in any of their 120 orders, each any number of times: the payment and
/// the books must end the same as when they arrive once, in order.
/// </summary>
public sealed class StripeSaidTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly CareCharge TwoHours = CarePricing.ForCare(2_000, new QuarterHours(8), new FeeSettings());
    private const long Authorised = 5_000;
    private const long RefundedPence = 1_500;
    private const long ReversedPence = 900;

    private static readonly Func<VisitPayment, IReadOnlyList<JournalEntry>>[] LifeEvents =
    [
        p => StripeSaid.Held(p, "pi_1", Authorised, Now),
        p => StripeSaid.Captured(p, "pi_1", Authorised, "ch_1", Now),
        p => StripeSaid.Transferred(p, "tr_1", "ch_1", 0, Now),
        p => StripeSaid.Refunded(p, "pi_1", Authorised, "ch_1", RefundedPence, Now),
        p => StripeSaid.Transferred(p, "tr_1", "ch_1", ReversedPence, Now),
    ];

    [Fact]
    public void Every_order_of_the_five_events_ends_in_the_same_payment_and_books()
    {
        var (expectedState, expectedBooks) = Outcome([0, 1, 2, 3, 4]);
        var orders = Permutations([0, 1, 2, 3, 4]).ToList();

        Assert.Equal(120, orders.Count);
        Assert.All(orders, order =>
        {
            var (state, books) = Outcome(order);
            Assert.Equal(expectedState, state);
            Assert.Equal(expectedBooks, books);
        });
    }

    [Fact]
    public void Events_delivered_again_change_nothing()
    {
        var (once, onceBooks) = Outcome([0, 1, 2, 3, 4]);
        var (twice, twiceBooks) = Outcome([4, 3, 2, 1, 0, 0, 1, 2, 3, 4, 3, 1]);

        Assert.Equal(once, twice);
        Assert.Equal(onceBooks, twiceBooks);
    }

    [Fact]
    public void In_order_the_books_show_the_seekers_money_in_the_carers_out_and_what_went_back()
    {
        var (state, books) = Outcome([0, 1, 2, 3, 4]);

        Assert.Equal(("pi_1", "ch_1", "tr_1", RefundedPence, ReversedPence, true), state);
        Assert.Equal(TwoHours.SeekerPaysPence - TwoHours.CarerGetsPence - RefundedPence + ReversedPence, books[LedgerAccount.StripeBalance]);
        Assert.Equal(0, books[LedgerAccount.CardHolds] + books[LedgerAccount.HoldsOutstanding]);
        Assert.Equal(0, books[LedgerAccount.CarerPayable]);
        Assert.Equal(RefundedPence, books[LedgerAccount.Refunds]);
        Assert.Equal(-ReversedPence, books[LedgerAccount.CarerRecoveries]);
    }

    [Fact]
    public void A_lower_refund_total_reported_after_a_higher_one_is_an_older_report_and_changes_nothing()
    {
        var payment = DecidedPayment();
        var entries = StripeSaid.Refunded(payment, "pi_1", Authorised, "ch_1", 2_000, Now)
            .Concat(StripeSaid.Refunded(payment, "pi_1", Authorised, "ch_1", 500, Now)).ToList();

        Assert.Equal(2_000, payment.RefundedPence);
        Assert.Equal(2_000, entries.Where(e => e.Kind == JournalKind.Refund).Sum(e => e.Change(LedgerAccount.Refunds)));
    }

    [Fact]
    public void A_hold_Stripe_let_lapse_is_not_taken_for_a_release_we_asked_for()
    {
        var payment = DecidedPayment();

        Assert.Empty(StripeSaid.Cancelled(payment, "pi_1", Authorised, Now));
        Assert.Null(payment.ReleasedAt);
    }

    private static ((string?, string?, string?, long, long, bool) State, SortedDictionary<LedgerAccount, long> Books) Outcome(IEnumerable<int> order)
    {
        var payment = DecidedPayment();
        var lines = order.SelectMany(i => LifeEvents[i](payment)).ToList();
        Assert.All(lines, entry => Assert.Equal(0, entry.Lines.Sum(l => l.Pence)));
        var books = new SortedDictionary<LedgerAccount, long>(Enum.GetValues<LedgerAccount>().ToDictionary(a => a, a => lines.Sum(e => e.Change(a))));
        return ((payment.HoldId, payment.ChargeId, payment.TransferId, payment.RefundedPence, payment.ReversedPence, payment.Done), books);
    }

    private static VisitPayment DecidedPayment()
    {
        var visit = new VisitForPayment(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "seeker", 2_000, Now, Now.AddHours(2),
            VisitStatus.Completed, Now, Now.AddHours(2), true, null, false);
        var payment = VisitPayment.For(visit, "carer", Now);
        payment.Decide(TwoHours, ChargeKind.CareGiven, Now);
        return payment;
    }

    private static IEnumerable<int[]> Permutations(int[] items) => items.Length <= 1
        ? [items]
        : items.SelectMany(first => Permutations(items.Where(i => i != first).ToArray()).Select(rest => new[] { first }.Concat(rest).ToArray()));
}
