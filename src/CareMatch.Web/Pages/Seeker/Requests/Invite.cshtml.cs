using CareMatch.Accounts.Contracts;
using CareMatch.Bookings.Contracts;
using CareMatch.Providers.Contracts;
using CareMatch.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Seeker.Requests;

/// <summary>The seeker invites one carer from the shortlist to their request, with a message.</summary>
[Authorize(Roles = AccountRoles.Seeker)]
public sealed class InviteCarerModel(ISender sender) : PageModel, IReloadsAfterRefusal
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid CarerId { get; set; }

    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public PublicCarerProfile Carer { get; private set; } = null!;

    /// <summary>How long the invitation stays open, as Bookings is configured.</summary>
    public TimeSpan OfferLifetime { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Carer = await sender.Send(new GetPublicCarerProfile(CarerId), cancellationToken);
        OfferLifetime = await sender.Send(new GetOfferLifetime(), cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new InviteCarer(Id, CarerId, Input.Message), cancellationToken);
        return RedirectToPage("/Seeker/Requests/Offers", new { id = Id });
    }

    public Task ReloadAsync(CancellationToken cancellationToken) => OnGetAsync(cancellationToken);

    public sealed class InviteInput
    {
        public string? Message { get; set; }
    }
}
