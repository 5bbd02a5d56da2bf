using CareMatch.Accounts.Contracts;
using CareMatch.Commissioning.Contracts;
using CareMatch.Web.Infrastructure.Downloads;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CareMatch.Web.Pages.Commissioner.Workforce;

/// <summary>The carers and the market in the commissioner's council: who is available, how much is offered and booked, and at what rates.</summary>
[Authorize(Roles = AccountRoles.Commissioner)]
public sealed class WorkforceModel(ISender sender) : CommissionerFiltersModel
{
    public WorkforceView? Figures { get; private set; }

    /// <summary>404 for a district that is not the council's; before the council is linked, the page says so.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Figures = await sender.Send(Query, cancellationToken);
        return Figures is { } figures && NotOurDistrict(figures.Filters) ? NotFound() : Page();
    }

    /// <summary>The same figures as a spreadsheet; nothing to download (404) before the council is linked, or for a district not the council's.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        await sender.Send(Query, cancellationToken) is { } figures && !NotOurDistrict(figures.Filters)
            ? File(WorkforceCsv.Bytes(figures), "text/csv; charset=utf-8", WorkforceCsv.FileName(figures))
            : NotFound();

    private GetMyWorkforce Query => new(Weeks, Filters);
}
