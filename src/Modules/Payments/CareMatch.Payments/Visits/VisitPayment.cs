using CareMatch.Bookings.Contracts;
using CareMatch.Payments.Contracts;
using CareMatch.Payments.Ledger;
using CareMatch.Payments.Pricing;

namespace CareMatch.Payments.Visits;

/// <summary>
/// One visit's money, from the hold about 48 hours ahead to the carer's transfer. What to do
/// next follows from what is recorded (<see cref="NextStep"/>), and each Stripe call's
/// idempotency key is kept here before the call is made, so a step repeated after a crash asks
/// Stripe the same question and gets the same answer: a visit is never charged or paid twice.
/// Each change of state returns the journal entries it causes, and happens once: whether our own
/// call or one of Stripe's events records a capture first, the books are written the same way.
/// </summary>
internal sealed class VisitPayment
{
    private VisitPayment()
    {
    }

    public Guid VisitId { get; private set; }

    public Guid BookingId { get; private set; }

    public Guid CarerProfileId { get; private set; }

    /// <summary>Who sees the carer's statement; empty until a payout account is known for the carer.</summary>
    public string CarerUserId { get; private set; } = "";

    public string SeekerUserId { get; private set; } = "";

    public long HourlyRatePence { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Changed on every save: two workers advancing one payment cannot both win.</summary>
    public Guid Version { get; private set; }

    public bool Done { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public PaymentProblem? Problem { get; private set; }

    public string? DeclineCode { get; private set; }

    public string? LastError { get; private set; }

    public int HoldAttempts { get; private set; }

    /// <summary>The key of the hold attempt in flight; cleared once Stripe has answered it.</summary>
    public string? HoldKey { get; private set; }

    public string? HoldId { get; private set; }

    public long HeldPence { get; private set; }

    public DateTimeOffset? HeldAt { get; private set; }

    public bool ReleaseWanted { get; private set; }

    public DateTimeOffset? ReleasedAt { get; private set; }

    public ChargeKind? ChargeKind { get; private set; }

    public int ChargedQuarterHours { get; private set; }

    public long CarePence { get; private set; }

    public long ServiceFeePence { get; private set; }

    public long ServiceFeeVatPence { get; private set; }

    public long CommissionPence { get; private set; }

    public long CommissionVatPence { get; private set; }

    public string? ChargeId { get; private set; }

    public DateTimeOffset? ChargedAt { get; private set; }

    public string? TransferId { get; private set; }

    public DateTimeOffset? TransferredAt { get; private set; }

    /// <summary>The personal budget that pays for this visit instead of the seeker's card, when a council funds them.</summary>
    public Guid? BudgetId { get; private set; }

    /// <summary>How much of the charge has gone back to the seeker, as far as we or Stripe know.</summary>
    public long RefundedPence { get; private set; }

    /// <summary>How much of the carer's transfer has been taken back (only when they were found at fault).</summary>
    public long ReversedPence { get; private set; }

    public string CaptureKey => $"visit:{VisitId}:capture";

    public string TransferKey => $"visit:{VisitId}:transfer";

    public string ReleaseKey => $"visit:{VisitId}:release";

    public string Reference => ReferenceOf(VisitId);

    /// <summary>The short reference seekers, carers and admins quote for a visit's money.</summary>
    public static string ReferenceOf(Guid visitId) => $"CM-{visitId.ToString("N")[..8].ToUpperInvariant()}";

    public QuarterHours PlannedHours => QuarterHours.Of(EndsAt - StartsAt);

    public DateOnly VisitDay => DateOnly.FromDateTime(SharedKernel.Time.UkCalendar.ToUkTime(StartsAt).DateTime);

    public bool FundedByBudget => BudgetId is not null;

    /// <summary>A hold on a card, with its memo in the books; a budget's commitment has none.</summary>
    private bool HoldsCard => HoldId is not null && BudgetId is null;

    public CareCharge? Charge => ChargeKind is null
        ? null
        : new CareCharge(HourlyRatePence, new QuarterHours(ChargedQuarterHours), CarePence, ServiceFeePence, ServiceFeeVatPence, CommissionPence, CommissionVatPence);

    public static VisitPayment For(VisitForPayment visit, string carerUserId, DateTimeOffset now) => new()
    {
        VisitId = visit.VisitId,
        BookingId = visit.BookingId,
        CarerProfileId = visit.CarerProfileId,
        CarerUserId = carerUserId,
        SeekerUserId = visit.SeekerUserId,
        HourlyRatePence = visit.HourlyRatePence,
        StartsAt = visit.StartsAt,
        EndsAt = visit.EndsAt,
        CreatedAt = now,
        Version = Guid.NewGuid(),
        NextAttemptAt = now,
    };

    public NextPaymentStep NextStep => this switch
    {
        { Done: true } => NextPaymentStep.None,
        { ReleaseWanted: true } => HoldId is null ? NextPaymentStep.Close : NextPaymentStep.Release,
        { ChargeKind: null } => HoldId is null ? NextPaymentStep.Hold : NextPaymentStep.None,
        { ChargeId: null } => HoldId is null ? NextPaymentStep.Hold : NextPaymentStep.Capture,
        { TransferId: null } => NextPaymentStep.Transfer,
        _ => NextPaymentStep.None,
    };

    /// <summary>What to hold: the decided charge once known (a visit approved before any hold), else the planned care.</summary>
    public long PenceToHold(FeeSettings fees) =>
        Charge?.SeekerPaysPence ?? CarePricing.ForCare(HourlyRatePence, PlannedHours, fees).SeekerPaysPence;

    public void Stamp() => Version = Guid.NewGuid();

    /// <summary>Opens a new hold attempt with its own key (a declined attempt's key would only repeat the decline).</summary>
    public string HoldAttemptKey()
    {
        if (HoldKey is { } inFlight) return inFlight;
        HoldAttempts++;
        HoldKey = $"visit:{VisitId}:hold:{HoldAttempts}";
        return HoldKey;
    }

    /// <summary>The hold is placed; if the money has already been captured or given back, its memo is closed at once.</summary>
    public IReadOnlyList<JournalEntry> Held(string holdId, long pence, DateTimeOffset now)
    {
        if (HoldId is not null) return [];
        (HoldId, HeldPence, HeldAt, HoldKey) = (holdId, pence, now, null);
        if (!Done) ClearProblem(now);
        return ChargeId is not null || ReleasedAt is not null
            ? [Postings.Authorisation(Visit, pence), Postings.HoldReleased(Visit, pence)]
            : [Postings.Authorisation(Visit, pence)];
    }

    /// <summary>A council's budget pays: nothing is held on a card, and no card is needed.</summary>
    public void HeldByBudget(Guid budgetId, long pence, DateTimeOffset now)
    {
        if (HoldId is not null) return;
        (BudgetId, HoldId, HeldPence, HeldAt, HoldKey) = (budgetId, $"budget:{budgetId:N}", pence, now, null);
        ClearProblem(now);
    }

    public void CouldNotHold(PaymentProblem problem, string? declineCode, DateTimeOffset retryAt)
    {
        (Problem, DeclineCode, HoldKey, NextAttemptAt) = (problem, declineCode, null, retryAt);
    }

    public void Blocked(PaymentProblem problem, DateTimeOffset retryAt) => (Problem, NextAttemptAt) = (problem, retryAt);

    /// <summary>Stripe did not answer (or failed): the same step, with the same key, is tried again later.</summary>
    public void Faulted(string error, DateTimeOffset retryAt) =>
        (LastError, NextAttemptAt) = (error.Length > 500 ? error[..500] : error, retryAt);

    /// <summary>A new card was saved: try at once instead of waiting for the next retry.</summary>
    public void TryNow(DateTimeOffset now) => NextAttemptAt = now;

    public void Decide(CareCharge charge, ChargeKind kind, DateTimeOffset now)
    {
        if (ChargeKind is not null || ReleaseWanted) return;
        ChargeKind = kind;
        ChargedQuarterHours = charge.Hours.Count;
        (CarePence, ServiceFeePence, ServiceFeeVatPence) = (charge.CarePence, charge.ServiceFeePence, charge.ServiceFeeVatPence);
        (CommissionPence, CommissionVatPence) = (charge.CommissionPence, charge.CommissionVatPence);
        if (charge.SeekerPaysPence == 0) ReleaseWanted = true;
        NextAttemptAt = now;
    }

    public void WantRelease(DateTimeOffset now)
    {
        if (ChargeKind is not null || Done) return;
        ReleaseWanted = true;
        NextAttemptAt = now;
    }

    public IReadOnlyList<JournalEntry> Released(DateTimeOffset now)
    {
        if (ReleasedAt is not null || ChargeId is not null) return [];
        (ReleasedAt, Done) = (now, true);
        ClearProblem(now);
        return HoldsCard ? [Postings.HoldReleased(Visit, HeldPence)] : [];
    }

    /// <summary>The decided charge is taken from the hold: the seeker's money arrives and the commission is the platform's.</summary>
    public IReadOnlyList<JournalEntry> Captured(string chargeId, DateTimeOffset now)
    {
        if (ChargeId is not null || ReleasedAt is not null || BudgetId is not null || Charge is not { } charge) return [];
        (ChargeId, ChargedAt, NextAttemptAt) = (chargeId, now, now);
        var entries = new List<JournalEntry>();
        if (HoldsCard) entries.Add(Postings.HoldReleased(Visit, HeldPence));
        entries.Add(Postings.Capture(Visit, charge));
        if (charge.CommissionPence + charge.CommissionVatPence > 0) entries.Add(Postings.Commission(Visit, charge));
        return entries;
    }

    /// <summary>The decided charge is drawn on the budget: the council owes it (invoiced in arrears), and the commission is the platform's.</summary>
    public IReadOnlyList<JournalEntry> DrawnFromBudget(DateTimeOffset now)
    {
        if (ChargeId is not null || ReleasedAt is not null || BudgetId is not { } budgetId || Charge is not { } charge) return [];
        (ChargeId, ChargedAt, NextAttemptAt) = ($"budget:{budgetId:N}:{VisitId:N}", now, now);
        return charge.CommissionPence + charge.CommissionVatPence > 0
            ? [Postings.BudgetDraw(Visit, charge), Postings.Commission(Visit, charge)]
            : [Postings.BudgetDraw(Visit, charge)];
    }

    /// <summary>The carer's share is sent; the carer's user is known from the account it was sent to, when that is at hand.</summary>
    public IReadOnlyList<JournalEntry> PaidToCarer(string transferId, string? carerUserId, DateTimeOffset now)
    {
        if (TransferId is not null || ChargeId is null) return [];
        (TransferId, TransferredAt, Done) = (transferId, now, true);
        if (!string.IsNullOrEmpty(carerUserId)) CarerUserId = carerUserId;
        ClearProblem(now);
        return [Postings.Transfer(Visit, Charge!.CarerGetsPence)];
    }

    /// <summary>Raises what has been refunded to <paramref name="totalPence"/>; a lower figure (an older report) changes nothing.</summary>
    public IReadOnlyList<JournalEntry> RefundedUpTo(long totalPence)
    {
        if (ChargeId is null || totalPence <= RefundedPence) return [];
        var more = totalPence - RefundedPence;
        RefundedPence = totalPence;
        return [FundedByBudget ? Postings.BudgetRefund(Visit, more) : Postings.Refund(Visit, more)];
    }

    /// <summary>Raises what has been taken back from the carer to <paramref name="totalPence"/>, as <see cref="RefundedUpTo"/> does.</summary>
    public IReadOnlyList<JournalEntry> ReversedUpTo(long totalPence)
    {
        if (TransferId is null || totalPence <= ReversedPence) return [];
        var more = totalPence - ReversedPence;
        ReversedPence = totalPence;
        return [Postings.TransferReversal(Visit, more)];
    }

    /// <summary>What can still be given back to the seeker.</summary>
    public long RefundablePence => ChargeId is null ? 0 : Charge!.SeekerPaysPence - RefundedPence;

    /// <summary>What can still be taken back from the carer.</summary>
    public long ReversiblePence => TransferId is null ? 0 : Charge!.CarerGetsPence - ReversedPence;

    private string Visit => VisitId.ToString();

    private void ClearProblem(DateTimeOffset now) => (Problem, DeclineCode, LastError, NextAttemptAt) = (null, null, null, now);
}
