using CareMatch.Notifications.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Notifications;

/// <summary>
/// The unsubscribe link from an email, for anyone, signed in or not. Opening it asks to confirm
/// (so a mail scanner that follows links unsubscribes nobody); confirming turns that kind off.
/// No antiforgery token: mail clients' one-click unsubscribe (RFC 8058) posts here without one, and
/// the signed token is itself the proof, naming the only person and kind it can change.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public UnsubscribeResult? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken cancellationToken) =>
        Result = await sender.Send(new Unsubscribe(Token), cancellationToken);
}
