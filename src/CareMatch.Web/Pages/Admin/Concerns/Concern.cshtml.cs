using CareMatch.Accounts.Contracts;
using CareMatch.Trust.Contracts;
using CareMatch.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Admin.Concerns;

/// <summary>One concern: what was reported, its trail, and the admin's actions on it.</summary>
[Authorize(Roles = AccountRoles.Admin)]
public sealed class ConcernModel(ISender sender) : PageModel, IReloadsAfterRefusal
{
    [BindProperty(SupportsGet = true)]
    public Guid ConcernId { get; set; }

    [BindProperty]
    public UpdateInput Input { get; set; } = new();

    public ConcernDetail Concern { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Concern = await sender.Send(new GetConcern(ConcernId), cancellationToken);
        Input.Status ??= Concern.Status;
    }

    public async Task<IActionResult> OnPostAssignAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new AssignConcernToMe(ConcernId), cancellationToken);
        return Redirect($"/Admin/Concerns/{ConcernId}");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new UpdateConcern(ConcernId, Input.Status, Input.Note), cancellationToken);
        return Redirect($"/Admin/Concerns/{ConcernId}");
    }

    public Task ReloadAsync(CancellationToken cancellationToken) => OnGetAsync(cancellationToken);

    public sealed class UpdateInput
    {
        public ConcernStatus? Status { get; set; }

        public string? Note { get; set; }
    }
}
