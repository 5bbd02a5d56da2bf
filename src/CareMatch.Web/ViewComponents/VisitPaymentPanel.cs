using CareMatch.Payments.Contracts;

namespace CareMatch.Web.ViewComponents;

/// <summary>A visit's payment, or none yet, and whose side of it to show.</summary>
public sealed record VisitPaymentPanel(VisitPaymentView? Payment, bool ForCarer);
