namespace CareMatch.Payments.Contracts;

/// <summary>
/// One UK tax year (6 April to 5 April) of a carer's pay, by the day it was sent to them.
/// <see cref="ShortName"/> ("2026-27") names its download; <see cref="Name"/> ("2026 to 2027") is what people read.
/// </summary>
public sealed record TaxYearSummary(string ShortName, string Name, int VisitsPaid, long NetPence);
