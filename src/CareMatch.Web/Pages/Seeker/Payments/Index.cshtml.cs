using CareMatch.Accounts.Contracts;
using CareMatch.Payments.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Seeker.Payments;

/// <summary>Every visit's payment, newest first, each charged one with its receipt.</summary>
[Authorize(Roles = AccountRoles.Seeker)]
public sealed class SeekerPaymentsModel(ISender sender) : PageModel
{
    public IReadOnlyList<VisitPaymentView> Payments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Payments = await sender.Send(new ListMyPayments(), cancellationToken);
}
