using CareMatch.Accounts.Contracts;
using CareMatch.Needs.Contracts;
using CareMatch.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Seeker.Invitations;

/// <summary>
/// An emailed invitation to act on someone's care request. Signing in comes first (the sign-in page
/// returns here), so the page can say whether this account is the one invited.
/// </summary>
[Authorize(Roles = AccountRoles.Seeker)]
public sealed class RequestInvitationModel(ISender sender) : PageModel, IReloadsAfterRefusal
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = string.Empty;

    public InvitationToRequest Invitation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var requestId = await sender.Send(new AcceptInvitationToRequest(Token), cancellationToken);
        return RedirectToPage("/Seeker/Requests/Details", new { id = requestId });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Invitation = await sender.Send(new GetInvitationToRequest(Token), cancellationToken)
            ?? throw new CareMatch.SharedKernel.Authorization.NotFoundException();
}
