using CareMatch.Accounts.Contracts;
using CareMatch.Commissioning.Contracts;
using CareMatch.Web.Infrastructure.Downloads;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CareMatch.Web.Pages.Commissioner.Requests;

/// <summary>How requests in the commissioner's council are met: uptake and timeliness, for a chosen period.</summary>
[Authorize(Roles = AccountRoles.Commissioner)]
public sealed class RequestTimelinessModel(ISender sender) : CommissionerFiltersModel
{
    public RequestTimelinessView? Figures { get; private set; }

    /// <summary>404 for a district that is not the council's; before the council is linked, the page says so.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Figures = await sender.Send(Query, cancellationToken);
        return Figures is { } figures && NotOurDistrict(figures.Filters) ? NotFound() : Page();
    }

    /// <summary>The same figures as a spreadsheet; nothing to download (404) before the council is linked, or for a district not the council's.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        await sender.Send(Query, cancellationToken) is { } figures && !NotOurDistrict(figures.Filters)
            ? File(RequestTimelinessCsv.Bytes(figures), "text/csv; charset=utf-8", RequestTimelinessCsv.FileName(figures))
            : NotFound();

    private GetMyRequestTimeliness Query => new(Weeks, Filters);
}
