using CareMatch.Accounts.Contracts;
using CareMatch.Payments.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Carer.Earnings;

/// <summary>What the carer earned per visit, and when each visit's money reaches their bank.</summary>
[Authorize(Roles = AccountRoles.Carer)]
public sealed class CarerEarningsModel(ISender sender) : PageModel
{
    public IReadOnlyList<VisitPaymentView> Payments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Payments = await sender.Send(new ListMyPayments(), cancellationToken);
}
