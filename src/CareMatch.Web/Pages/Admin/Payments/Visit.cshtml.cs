using CareMatch.Accounts.Contracts;
using CareMatch.Payments.Contracts;
using CareMatch.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Admin.Payments;

/// <summary>One visit's money for an admin: what moved, refunds made, disputes, and the forms to refund or find the carer at fault.</summary>
[Authorize(Roles = AccountRoles.Admin)]
public sealed class AdminVisitPaymentModel(ISender sender) : PageModel, IReloadsAfterRefusal
{
    [BindProperty(SupportsGet = true)]
    public Guid VisitId { get; set; }

    public AdminPaymentDetail? Detail { get; private set; }

    [BindProperty]
    public RefundInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        if (Detail is null) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostRefundAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new RefundVisitPayment(VisitId, Input.Amount, Input.Reason, Input.CarerAtFault), cancellationToken);
        return RedirectToPage(new { visitId = VisitId, refunded = true });
    }

    public async Task<IActionResult> OnPostCarerAtFaultAsync(string disputeId, CancellationToken cancellationToken)
    {
        await sender.Send(new FindCarerAtFault(disputeId, Input.Reason), cancellationToken);
        return RedirectToPage(new { visitId = VisitId, found = true });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Detail = await sender.Send(new GetPaymentForAdmin(VisitId), cancellationToken);

    public sealed class RefundInput
    {
        public string? Amount { get; set; }

        public string? Reason { get; set; }

        public bool? CarerAtFault { get; set; }
    }
}
