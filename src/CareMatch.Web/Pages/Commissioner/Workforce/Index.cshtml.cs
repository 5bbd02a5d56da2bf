using CareMatch.Accounts.Contracts;
using CareMatch.Commissioning.Contracts;
using CareMatch.Web.Infrastructure.Downloads;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace CareMatch.Web.Pages.Commissioner.Workforce;

/// <summary>The carers and the market in the commissioner's council: who is available, how much is offered and booked, and at what rates.</summary>
[Authorize(Roles = AccountRoles.Commissioner)]
public sealed class WorkforceModel(ISender sender) : CommissionerViewModel<WorkforceView>(sender)
{
    protected override IQuery<WorkforceView?> Query => new GetMyWorkforce(Weeks, Filters);

    protected override RequestFilters FiltersOf(WorkforceView figures) => figures.Filters;

    protected override (byte[] Bytes, string FileName) Csv(WorkforceView figures) => (WorkforceCsv.Bytes(figures), WorkforceCsv.FileName(figures));
}
