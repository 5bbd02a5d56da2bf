using CareMatch.Notifications.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Notifications;

/// <summary>Which kinds of email the signed-in person gets. Safety kinds are shown, always on, with why.</summary>
[Authorize]
public sealed class NotificationSettingsModel(ISender sender) : PageModel
{
    public IReadOnlyList<EmailSetting> Settings { get; private set; } = [];

    [BindProperty]
    public List<NotificationKind> On { get; set; } = [];

    [TempData]
    public bool Saved { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Settings = await sender.Send(new GetMyEmailSettings(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new SetMyEmailSettings(On), cancellationToken);
        Saved = true;
        return RedirectToPage();
    }
}
