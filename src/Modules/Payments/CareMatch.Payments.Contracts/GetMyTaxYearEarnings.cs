using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Payments.Contracts;

/// <summary>
/// The signed-in carer's pay in the tax year named like "2026-27"; null when the text names no tax
/// year. A year they earned nothing in has no visits.
/// </summary>
[SentBy(Roles.Carer)]
public sealed record GetMyTaxYearEarnings(string TaxYear) : IQuery<TaxYearEarnings?>;
