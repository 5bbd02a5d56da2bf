using CareMatch.Accounts.Contracts;
using CareMatch.Commissioning.Contracts;
using CareMatch.Web.Infrastructure.Downloads;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Commissioner.Unmet;

/// <summary>Where need is waiting: requests in each of the council's districts that no carer has taken yet.</summary>
[Authorize(Roles = AccountRoles.Commissioner)]
public sealed class UnmetNeedModel(ISender sender) : PageModel
{
    public UnmetNeedView? Need { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Need = await sender.Send(new GetMyUnmetNeed(), cancellationToken);

    /// <summary>The same figures as a spreadsheet; nothing to download (404) before the council is linked.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        await sender.Send(new GetMyUnmetNeed(), cancellationToken) is { } need
            ? File(UnmetNeedCsv.Bytes(need), "text/csv; charset=utf-8", UnmetNeedCsv.FileName(need))
            : NotFound();
}
