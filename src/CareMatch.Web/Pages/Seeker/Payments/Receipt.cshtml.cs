using CareMatch.Accounts.Contracts;
using CareMatch.Payments.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Seeker.Payments;

/// <summary>The receipt for one charged visit; anyone but the visit's seeker, or a visit not charged, gets 404.</summary>
[Authorize(Roles = AccountRoles.Seeker)]
public sealed class SeekerReceiptModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid VisitId { get; set; }

    public VisitPaymentView Payment { get; private set; } = null!;

    public VisitCharge Charge => Payment.Charge!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetVisitPayment(VisitId), cancellationToken) is not { Charge: not null } payment) return NotFound();
        Payment = payment;
        return Page();
    }
}
