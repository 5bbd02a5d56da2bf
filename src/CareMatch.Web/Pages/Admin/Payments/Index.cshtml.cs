using CareMatch.Accounts.Contracts;
using CareMatch.Payments.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Admin.Payments;

/// <summary>Payments that need someone, disputes to decide, and the latest payments to look one up.</summary>
[Authorize(Roles = AccountRoles.Admin)]
public sealed class AdminPaymentsModel(ISender sender) : PageModel
{
    public AdminPayments Payments { get; private set; } = new([], [], [], TestPayments: false);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Payments = await sender.Send(new ListPaymentsForAdmin(), cancellationToken);
}
