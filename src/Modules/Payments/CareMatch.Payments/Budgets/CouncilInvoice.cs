namespace CareMatch.Payments.Budgets;

/// <summary>
/// A council's bill for a month of personal-budget visits, drawn up in arrears on the 1st. Its
/// number says the month and the council ("CM-202701-1A2B3C4D"); its lines are the draws it covers.
/// </summary>
internal sealed class CouncilInvoice
{
    private CouncilInvoice()
    {
    }

    public string Number { get; private set; } = "";

    public Guid CouncilId { get; private set; }

    /// <summary>The first day of the month the visits were drawn in (any earlier draw not yet billed goes in too).</summary>
    public DateOnly Month { get; private set; }

    public long TotalPence { get; private set; }

    public int Lines { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public static string NumberFor(Guid councilId, DateOnly month) => $"CM-{month:yyyyMM}-{councilId.ToString("N")[..8].ToUpperInvariant()}";

    public static CouncilInvoice For(Guid councilId, DateOnly month, long totalPence, int lines, DateTimeOffset now) =>
        new() { Number = NumberFor(councilId, month), CouncilId = councilId, Month = month, TotalPence = totalPence, Lines = lines, IssuedAt = now };
}
