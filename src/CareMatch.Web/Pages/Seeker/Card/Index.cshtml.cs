using CareMatch.Accounts.Contracts;
using CareMatch.Payments.Contracts;
using CareMatch.Web.Infrastructure.Security;
using CareMatch.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Seeker.Card;

/// <summary>The seeker's payment card: saved once on Stripe's page, shown masked, replaceable, removable when nothing is pending.</summary>
[Authorize(Roles = AccountRoles.Seeker)]
[FormsGoToPaymentPages]
public sealed class SeekerCardModel(ISender sender) : PageModel, IReloadsAfterRefusal
{
    public MyCard Card { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Removed { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken) =>
        Redirect((await sender.Send(CardLinks.StartSetup(Url, Request), cancellationToken)).ToString());

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new RemoveMyCard(), cancellationToken);
        return RedirectToPage(new { removed = true });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Card = await sender.Send(new GetMyCard(), cancellationToken);
}
