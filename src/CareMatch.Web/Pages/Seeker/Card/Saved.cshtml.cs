using CareMatch.Accounts.Contracts;
using CareMatch.Payments.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Seeker.Card;

/// <summary>Where Stripe's card page sends the seeker back, with its session id: keep the card, then show it.</summary>
[Authorize(Roles = AccountRoles.Seeker)]
public sealed class SeekerCardSavedModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "session_id")] string? sessionId, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(sessionId)) await sender.Send(new FinishCardSetup(sessionId), cancellationToken);
        return RedirectToPage("/Seeker/Card/Index", new { saved = true });
    }
}
