using CareMatch.Accounts.Contracts;
using CareMatch.Needs.Contracts;
using CareMatch.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Seeker.Requests;

/// <summary>Who may act on a request for the person cared for: the list, invitations and withdrawing access.</summary>
[Authorize(Roles = AccountRoles.Seeker)]
public sealed class RequestPeopleModel(ISender sender) : PageModel, IReloadsAfterRefusal
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public PeopleOnRequest People { get; private set; } = null!;

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input.YourName = People.YourName;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new InviteToRequest(Id, Input.YourName, Input.TheirName, Input.TheirEmail, Input.Role), cancellationToken);
        Done = $"We have emailed {Input.TheirName!.Trim()} an invitation. They will show here as having access once they accept it.";
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid accessId, CancellationToken cancellationToken)
    {
        await sender.Send(new WithdrawAccess(Id, accessId), cancellationToken);
        // Someone who gave up their own access can no longer see this page.
        var stillActing = (await sender.Send(new ListMyCareRequests(), cancellationToken)).Any(r => r.RequestId == Id);
        Done = stillActing ? "Access ended." : "You no longer have access to that request.";
        return stillActing ? RedirectToPage(new { id = Id }) : RedirectToPage("/Seeker/Index");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        People = await sender.Send(new GetPeopleOnRequest(Id), cancellationToken);

    public sealed class InviteInput
    {
        public string? YourName { get; set; }

        public string? TheirName { get; set; }

        public string? TheirEmail { get; set; }

        public ActingRole? Role { get; set; }
    }
}
