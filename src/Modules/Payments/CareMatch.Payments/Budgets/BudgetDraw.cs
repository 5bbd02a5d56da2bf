namespace CareMatch.Payments.Budgets;

/// <summary>A visit's charge drawn on a personal budget instead of a card: one per visit, invoiced to the council in arrears.</summary>
internal sealed class BudgetDraw
{
    private BudgetDraw()
    {
    }

    public Guid VisitId { get; private set; }

    public Guid BudgetId { get; private set; }

    public long Pence { get; private set; }

    public DateTimeOffset DrawnAt { get; private set; }

    /// <summary>The council invoice that bills this draw; null until the month is invoiced.</summary>
    public string? InvoiceNumber { get; private set; }

    public void Invoiced(string invoiceNumber) => InvoiceNumber ??= invoiceNumber;

    public static BudgetDraw For(Guid visitId, Guid budgetId, long pence, DateTimeOffset now) =>
        new() { VisitId = visitId, BudgetId = budgetId, Pence = pence, DrawnAt = now };
}
