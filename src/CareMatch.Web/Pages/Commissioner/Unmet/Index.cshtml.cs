using CareMatch.Accounts.Contracts;
using CareMatch.Commissioning.Contracts;
using CareMatch.Web.Infrastructure.Downloads;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CareMatch.Web.Pages.Commissioner.Unmet;

/// <summary>Where need is waiting: requests in each of the council's districts that no carer has taken yet, as they stand now (no period), narrowed by the filters.</summary>
[Authorize(Roles = AccountRoles.Commissioner)]
public sealed class UnmetNeedModel(ISender sender) : CommissionerFiltersModel
{
    public UnmetNeedView? Need { get; private set; }

    /// <summary>404 for a district that is not the council's; before the council is linked, the page says so.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Need = await sender.Send(Query, cancellationToken);
        return Need is { } need && NotOurDistrict(need.Filters) ? NotFound() : Page();
    }

    /// <summary>The same figures as a spreadsheet; nothing to download (404) before the council is linked, or for a district not the council's.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        await sender.Send(Query, cancellationToken) is { } need && !NotOurDistrict(need.Filters)
            ? File(UnmetNeedCsv.Bytes(need), "text/csv; charset=utf-8", UnmetNeedCsv.FileName(need))
            : NotFound();

    private GetMyUnmetNeed Query => new(Filters);
}
