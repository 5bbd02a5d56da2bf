using CareMatch.Accounts.Contracts;
using CareMatch.Payments.Contracts;
using CareMatch.Web.Infrastructure.Downloads;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Carer.Earnings;

/// <summary>The carer's pay in one tax year ("2026-27") as a CSV download; text that names no tax year gets 404.</summary>
[Authorize(Roles = AccountRoles.Carer)]
public sealed class CarerTaxYearEarningsModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string TaxYear { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await sender.Send(new GetMyTaxYearEarnings(TaxYear), cancellationToken) is { } earnings
            ? File(EarningsCsv.Bytes(earnings), "text/csv; charset=utf-8", EarningsCsv.FileName(earnings))
            : NotFound();
}
