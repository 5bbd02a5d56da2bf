using CareMatch.Accounts.Contracts;
using CareMatch.Bookings.Contracts;
using CareMatch.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Carer;

/// <summary>Visits another carer cancelled that this carer was asked to cover; the first to offer goes to the family to approve.</summary>
[Authorize(Roles = AccountRoles.Carer)]
public sealed class CarerCoverModel(ISender sender) : PageModel, IReloadsAfterRefusal
{
    [BindProperty(SupportsGet = true)]
    public bool Offered { get; set; }

    public IReadOnlyList<CoverOfferView> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Requests = await sender.Send(new ListMyCoverOffers(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid coverOfferId, CancellationToken cancellationToken)
    {
        await sender.Send(new VolunteerForCover(coverOfferId), cancellationToken);
        return RedirectToPage(new { offered = true });
    }

    public Task ReloadAsync(CancellationToken cancellationToken) => OnGetAsync(cancellationToken);
}
