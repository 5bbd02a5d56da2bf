using CareMatch.Bookings.Contracts;
using CareMatch.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Visits;

/// <summary>
/// One visit for its carer (check in, check out) or its seeker (approve, and approve or turn
/// down a carer offering cover); either may cancel it before it starts.
/// </summary>
[Authorize]
public sealed class VisitDetailsModel(ISender sender) : PageModel, IReloadsAfterRefusal
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public VisitInput Input { get; set; } = new();

    public VisitView Visit { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Visit = await sender.Send(new GetVisit(Id), cancellationToken);

    public async Task<IActionResult> OnPostCheckInAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new CheckIn(Id), cancellationToken);
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostCheckOutAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new CheckOut(Id, Input.Notes), cancellationToken);
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new ApproveVisit(Id), cancellationToken);
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new CancelVisit(Id, Input.Reason), cancellationToken);
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostApproveCoverAsync(Guid coverRequestId, CancellationToken cancellationToken)
    {
        await sender.Send(new ApproveCover(coverRequestId), cancellationToken);
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostDeclineCoverAsync(Guid coverRequestId, CancellationToken cancellationToken)
    {
        await sender.Send(new DeclineCover(coverRequestId), cancellationToken);
        return RedirectToPage(new { id = Id });
    }

    public Task ReloadAsync(CancellationToken cancellationToken) => OnGetAsync(cancellationToken);

    public sealed class VisitInput
    {
        public string? Notes { get; set; }

        public string? Reason { get; set; }
    }
}
