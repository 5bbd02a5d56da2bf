using CareMatch.Accounts.Contracts;
using CareMatch.Payments.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Carer.Earnings;

/// <summary>The statement for one paid visit; anyone but the visit's carer, or a visit not charged, gets 404.</summary>
[Authorize(Roles = AccountRoles.Carer)]
public sealed class CarerStatementModel(ISender sender) : PageModel
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
