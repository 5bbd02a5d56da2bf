using CareMatch.Accounts.Contracts;
using CareMatch.Trust.Contracts;
using CareMatch.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Reviews;

/// <summary>A booking's reviews for one side: write yours once the first visit is done; read theirs once published.</summary>
[Authorize(Roles = $"{AccountRoles.Seeker},{AccountRoles.Carer}")]
public sealed class BookingReviewsModel(ISender sender) : PageModel, IReloadsAfterRefusal
{
    [BindProperty(SupportsGet = true)]
    public Guid BookingId { get; set; }

    [BindProperty]
    public ReviewInput Input { get; set; } = new();

    public BookingReviewsView Reviews { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Reviews = await sender.Send(new GetMyReviews(BookingId), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new WriteReview(BookingId, Input.Stars, Input.Text), cancellationToken);
        return RedirectToPage();
    }

    public Task ReloadAsync(CancellationToken cancellationToken) => OnGetAsync(cancellationToken);

    public sealed class ReviewInput
    {
        public int? Stars { get; set; }

        public string? Text { get; set; }
    }
}
