using CareMatch.Accounts.Contracts;
using CareMatch.Trust.Contracts;
using CareMatch.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Admin.Reviews;

/// <summary>Reviews with few stars, flagged for an admin to read; any can be hidden with a recorded reason.</summary>
[Authorize(Roles = AccountRoles.Admin)]
public sealed class FlaggedReviewsModel(ISender sender) : PageModel, IReloadsAfterRefusal
{
    public IReadOnlyList<FlaggedReview> Reviews { get; private set; } = [];

    /// <summary>The review being hidden, so its box shows the error and the words typed.</summary>
    [BindProperty]
    public Guid? Hiding { get; set; }

    [BindProperty]
    public HideInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Reviews = await sender.Send(new ListFlaggedReviews(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new HideReview(Hiding ?? Guid.Empty, Input.Reason), cancellationToken);
        return RedirectToPage();
    }

    public Task ReloadAsync(CancellationToken cancellationToken) => OnGetAsync(cancellationToken);

    public sealed class HideInput
    {
        public string? Reason { get; set; }
    }
}
