using CareMatch.Accounts.Contracts;
using CareMatch.Trust.Contracts;
using CareMatch.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Carer;

/// <summary>What families have said of the carer, as other families see it, with a reply box under each review not yet answered.</summary>
[Authorize(Roles = AccountRoles.Carer)]
public sealed class CarerReviewsModel(ISender sender) : PageModel, IReloadsAfterRefusal
{
    public CarerReviews Reviews { get; private set; } = null!;

    /// <summary>The review being answered, so its box shows the error and the words typed.</summary>
    [BindProperty]
    public Guid? ReplyingTo { get; set; }

    [BindProperty]
    public ReplyInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Reviews = await sender.Send(new GetReviewsOfMe(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new ReplyToReview(ReplyingTo ?? Guid.Empty, Input.Text), cancellationToken);
        return RedirectToPage();
    }

    public Task ReloadAsync(CancellationToken cancellationToken) => OnGetAsync(cancellationToken);

    public sealed class ReplyInput
    {
        public string? Text { get; set; }
    }
}
