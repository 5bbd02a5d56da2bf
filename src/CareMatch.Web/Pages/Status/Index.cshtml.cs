using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Status;

/// <summary>
/// A plain explanation for every error status; the status code itself is kept. It is shown in
/// place of whatever failed, including a form post refused for its missing token, so it must
/// render for any method and never ask for a token itself (it has no form and changes nothing).
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Code { get; set; }

    public string Title => Words.Title;

    public string Advice => Words.Advice;

    private (string Title, string Advice) Words => Code switch
    {
        400 => ("Sorry, we could not read what was sent", "Go back, reload the page and try again."),
        401 => ("Sign in to see this page", "You need to sign in first."),
        403 => ("You cannot see this page", "Your account does not have access to it."),
        404 => ("Page not found", "If you typed the web address, check it is correct. If you pasted it, check you copied all of it."),
        429 => ("Too many attempts", "Wait a minute, then try again."),
        _ => ("Sorry, there is a problem", "Try again later."),
    };
}
