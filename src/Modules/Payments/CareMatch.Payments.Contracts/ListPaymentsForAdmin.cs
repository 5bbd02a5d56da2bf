using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Payments.Contracts;

[SentBy(Roles.Admin)]
public sealed record ListPaymentsForAdmin : IQuery<AdminPayments>;
