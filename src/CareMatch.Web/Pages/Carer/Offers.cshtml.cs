using CareMatch.Accounts.Contracts;
using CareMatch.Bookings.Contracts;
using CareMatch.Web.Infrastructure.Validation;
using CareMatch.Web.Pages.Shared;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Carer;

/// <summary>Invitations to the carer, to accept or decline, and their applications, to withdraw.</summary>
[Authorize(Roles = AccountRoles.Carer)]
public sealed class CarerOffersModel(ISender sender) : PageModel, IReloadsAfterRefusal
{
    /// <summary>The application just sent, to say until when the family can answer it.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Applied { get; set; }

    public OfferView? JustApplied => Offers.FirstOrDefault(o => o.OfferId == Applied);

    public IReadOnlyList<OfferView> Offers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Offers = await sender.Send(new ListMyOffersAsCarer(), cancellationToken);

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
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid offerId, CancellationToken cancellationToken)
    {
        await sender.Send(new WithdrawOffer(offerId), cancellationToken);
        return RedirectToPage();
    }

    public Task ReloadAsync(CancellationToken cancellationToken) => OnGetAsync(cancellationToken);
}
