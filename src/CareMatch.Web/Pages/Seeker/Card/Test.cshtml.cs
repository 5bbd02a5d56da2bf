using CareMatch.Accounts.Contracts;
using CareMatch.Payments.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Seeker.Card;

/// <summary>Stripe's card page, played by the app when no Stripe keys are set: one button saves a test card.</summary>
[Authorize(Roles = AccountRoles.Seeker)]
public sealed class SeekerCardTestModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Setup { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        (await sender.Send(new GetMyCard(), cancellationToken)).TestPayments && Setup is not null ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Setup is not null) await sender.Send(new FinishCardSetup(Setup), cancellationToken);
        return RedirectToPage("/Seeker/Card/Index", new { saved = true });
    }
}
