using CareMatch.Accounts.Contracts;
using CareMatch.Payments.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Carer.Earnings;

/// <summary>What the carer earned per visit, when each visit's money reaches their bank, and their tax years' downloads.</summary>
[Authorize(Roles = AccountRoles.Carer)]
public sealed class CarerEarningsModel(ISender sender) : PageModel
{
    public MyEarnings Earnings { get; private set; } = new([], []);

    public IReadOnlyList<VisitPaymentView> Payments => Earnings.Payments;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Earnings = await sender.Send(new GetMyEarnings(), cancellationToken);
}
