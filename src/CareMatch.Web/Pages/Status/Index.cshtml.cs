using System.Globalization;
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
    // From the route alone. Model binding would read a refused post's form, and for an upload
    // refused for its size (413) that is the body the refusal exists not to read. The route's int
    // constraint means it always parses.
    public int Code => int.Parse((string)RouteData.Values["code"]!, CultureInfo.InvariantCulture);

    public string Title => Words.Title;

    public string Advice => Words.Advice;

    private (string Title, string Advice) Words => Code switch
    {
        400 => ("Sorry, we could not read what was sent", "Go back, reload the page and try again."),
        401 => ("Sign in to see this page", "You need to sign in first."),
        403 => ("You cannot see this page", "Your account does not have access to it."),
        404 => ("Page not found", "If you typed the web address, check it is correct. If you pasted it, check you copied all of it."),
        413 => ("The file is too big", $"The file must be {CareMatch.Providers.Contracts.UploadLimits.SmallerThan}. Go back and choose a smaller file."),
        429 => ("Too many attempts", "Wait a minute, then try again."),
        _ => ("Sorry, there is a problem", "Try again later."),
    };
}
