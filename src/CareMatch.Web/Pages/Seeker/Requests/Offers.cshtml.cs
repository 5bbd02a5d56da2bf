using CareMatch.Accounts.Contracts;
using CareMatch.Bookings.Contracts;
using CareMatch.Web.Infrastructure.Validation;
using CareMatch.Web.Pages.Shared;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Seeker.Requests;

/// <summary>The invitations a seeker sent and the applications carers made for one of their requests; they accept or decline applications here.</summary>
[Authorize(Roles = AccountRoles.Seeker)]
public sealed class RequestOffersModel(ISender sender) : PageModel, IReloadsAfterRefusal
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public RequestOffers Offers { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Offers = await sender.Send(new ListOffersForMyRequest(Id), cancellationToken);

    public async Task<IActionResult> OnPostAcceptAsync(Guid offerId, CancellationToken cancellationToken)
    {
        var bookingId = await sender.Send(new AcceptOffer(offerId), cancellationToken);
        return RedirectToPage("/Bookings/Details", new { id = bookingId });
    }

    /// <summary>The reason typed when declining; shown again at its field if it is refused.</summary>
    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnPostDeclineAsync(Guid offerId, CancellationToken cancellationToken)
    {
        ViewData[DecliningOffer.Key] = new DecliningOffer(offerId, Reason);
        await sender.Send(new DeclineOffer(offerId, Reason), cancellationToken);
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid offerId, CancellationToken cancellationToken)
    {
        await sender.Send(new WithdrawOffer(offerId), cancellationToken);
        return RedirectToPage(new { id = Id });
    }

    public Task ReloadAsync(CancellationToken cancellationToken) => OnGetAsync(cancellationToken);
}
