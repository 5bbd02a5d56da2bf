using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Payments.Contracts;

/// <summary>One of the commissioner's own council's invoices, line by line; null for any other council's.</summary>
[SentBy(Roles.Commissioner)]
public sealed record GetCouncilInvoiceLines(string Number) : IQuery<IReadOnlyList<CouncilInvoiceLine>?>;
