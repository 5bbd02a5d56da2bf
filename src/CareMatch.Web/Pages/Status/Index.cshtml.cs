using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Status;

/// <summary>A plain explanation for every error status; the status code itself is kept.</summary>
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "Sorry, there is a problem";

    public string Advice { get; private set; } = "Try again later.";

    public void OnGet(int code) => (Title, Advice) = code switch
    {
        401 => ("Sign in to see this page", "You need to sign in first."),
        403 => ("You cannot see this page", "Your account does not have access to it."),
        404 => ("Page not found", "If you typed the web address, check it is correct. If you pasted it, check you copied all of it."),
        429 => ("Too many attempts", "Wait a minute, then try again."),
        _ => ("Sorry, there is a problem", "Try again later."),
    };
}
