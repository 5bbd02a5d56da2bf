using CareMatch.Accounts.Contracts;
using CareMatch.Bookings.Contracts;
using CareMatch.Needs.Contracts;
using CareMatch.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Jobs;

/// <summary>A carer's view of one open request: never the address, the name or the notes (Needs leaves them out). The carer may apply from here.</summary>
[Authorize(Roles = AccountRoles.Carer)]
public sealed class JobDetailsModel(ISender sender) : PageModel, IReloadsAfterRefusal
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public CareRequestForCarer? Job { get; private set; }

    [BindProperty]
    public ApplyInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Job = await sender.Send(new GetCareRequestForCarer(Id), cancellationToken);

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken cancellationToken)
    {
        var offerId = await sender.Send(new ApplyToRequest(Id, Input.Message), cancellationToken);
        return RedirectToPage("/Carer/Offers", new { applied = offerId });
    }

    public Task ReloadAsync(CancellationToken cancellationToken) => OnGetAsync(cancellationToken);

    public sealed class ApplyInput
    {
        public string? Message { get; set; }
    }
}
