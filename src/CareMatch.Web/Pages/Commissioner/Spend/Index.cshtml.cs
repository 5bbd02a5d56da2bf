using CareMatch.Accounts.Contracts;
using CareMatch.Commissioning.Contracts;
using CareMatch.Web.Infrastructure.Downloads;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Commissioner.Spend;

/// <summary>Spend against the council's personal budgets, and the balances held outside 4 to 8 weeks.</summary>
[Authorize(Roles = AccountRoles.Commissioner)]
public sealed class CouncilSpendingModel(ISender sender) : PageModel
{
    public CouncilSpendingView? Figures { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Figures = await sender.Send(new GetMyCouncilSpending(), cancellationToken);

    /// <summary>The same figures as a spreadsheet; nothing to download (404) before the council is linked.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        await sender.Send(new GetMyCouncilSpending(), cancellationToken) is { } figures
            ? File(CouncilSpendingCsv.Bytes(figures), "text/csv; charset=utf-8", CouncilSpendingCsv.FileName(figures))
            : NotFound();
}
