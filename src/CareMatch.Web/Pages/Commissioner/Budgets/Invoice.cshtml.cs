using CareMatch.Accounts.Contracts;
using CareMatch.Payments.Contracts;
using CareMatch.Web.Infrastructure.Downloads;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Commissioner.Budgets;

/// <summary>One of the council's invoices as a CSV download; another council's (or none) is 404.</summary>
[Authorize(Roles = AccountRoles.Commissioner)]
public sealed class CouncilInvoiceCsvModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Number { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await sender.Send(new GetCouncilInvoiceLines(Number), cancellationToken) is { } lines
            ? File(CouncilInvoiceCsv.Bytes(lines), "text/csv; charset=utf-8", CouncilInvoiceCsv.FileName(Number))
            : NotFound();
}
