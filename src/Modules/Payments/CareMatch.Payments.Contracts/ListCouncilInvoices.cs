using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Payments.Contracts;

/// <summary>The commissioner's own council's monthly invoices for personal-budget visits, newest first.</summary>
[SentBy(Roles.Commissioner)]
public sealed record ListCouncilInvoices : IQuery<IReadOnlyList<CouncilInvoiceView>>;
