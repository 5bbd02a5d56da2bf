namespace CareMatch.Payments.Budgets;

/// <summary>
/// Money an admin gave back on a visit paid from a personal budget: it returns to the budget (what
/// is spent falls) and comes off the council's next invoice, as a line of its own, because the
/// visit's own draw may already have been billed.
/// </summary>
internal sealed class BudgetCredit
{
    private BudgetCredit()
    {
    }

    /// <summary>The admin's refund decision this credit carries out: one credit per decision.</summary>
    public Guid RefundId { get; private set; }

    public Guid VisitId { get; private set; }

    public Guid BudgetId { get; private set; }

    public long Pence { get; private set; }

    public DateTimeOffset CreditedAt { get; private set; }

    /// <summary>The council invoice it comes off; null until the next invoice is drawn up.</summary>
    public string? InvoiceNumber { get; private set; }

    public void Invoiced(string invoiceNumber) => InvoiceNumber ??= invoiceNumber;

    public static BudgetCredit For(Guid refundId, Guid visitId, Guid budgetId, long pence, DateTimeOffset now) =>
        new() { RefundId = refundId, VisitId = visitId, BudgetId = budgetId, Pence = pence, CreditedAt = now };
}
