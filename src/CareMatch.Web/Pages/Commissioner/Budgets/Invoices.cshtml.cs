using CareMatch.Accounts.Contracts;
using CareMatch.Payments.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Commissioner.Budgets;

/// <summary>The council's monthly invoices for visits paid from personal budgets, each a CSV.</summary>
[Authorize(Roles = AccountRoles.Commissioner)]
public sealed class CouncilInvoicesModel(ISender sender) : PageModel
{
    public IReadOnlyList<CouncilInvoiceView> Invoices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Invoices = await sender.Send(new ListCouncilInvoices(), cancellationToken);
}
