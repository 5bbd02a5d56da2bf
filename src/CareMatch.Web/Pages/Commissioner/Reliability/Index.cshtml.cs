using CareMatch.Accounts.Contracts;
using CareMatch.Commissioning.Contracts;
using CareMatch.Web.Infrastructure.Downloads;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace CareMatch.Web.Pages.Commissioner.Reliability;

/// <summary>Continuity and reliability of the visits in the commissioner's council, for a chosen period.</summary>
[Authorize(Roles = AccountRoles.Commissioner)]
public sealed class VisitReliabilityModel(ISender sender) : CommissionerViewModel<VisitReliabilityView>(sender)
{
    protected override IQuery<VisitReliabilityView?> Query => new GetMyVisitReliability(Weeks, Filters);

    protected override RequestFilters FiltersOf(VisitReliabilityView figures) => figures.Filters;

    protected override (byte[] Bytes, string FileName) Csv(VisitReliabilityView figures) => (VisitReliabilityCsv.Bytes(figures), VisitReliabilityCsv.FileName(figures));
}
