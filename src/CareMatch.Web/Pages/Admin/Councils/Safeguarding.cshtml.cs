using CareMatch.Accounts.Contracts;
using CareMatch.Commissioning.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.Trust.Contracts;
using CareMatch.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Admin.Councils;

/// <summary>An admin sets where a council's urgent safeguarding concerns are emailed.</summary>
[Authorize(Roles = AccountRoles.Admin)]
public sealed class SafeguardingContactModel(ISender sender) : PageModel, IReloadsAfterRefusal
{
    [BindProperty(SupportsGet = true)]
    public Guid CouncilId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    [BindProperty]
    public ContactInput Input { get; set; } = new();

    public string CouncilName { get; private set; } = string.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadCouncilAsync(cancellationToken);
        if (await sender.Send(new GetSafeguardingContact(CouncilId), cancellationToken) is { } contact)
            Input = new ContactInput { Email = contact.Email, Phone = contact.Phone };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new SetSafeguardingContact(CouncilId, Input.Email, Input.Phone), cancellationToken);
        return RedirectToPage(new { councilId = CouncilId, saved = true });
    }

    public Task ReloadAsync(CancellationToken cancellationToken) => LoadCouncilAsync(cancellationToken);

    private async Task LoadCouncilAsync(CancellationToken cancellationToken) =>
        CouncilName = (await sender.Send(new GetCouncil(CouncilId), cancellationToken) ?? throw new NotFoundException($"No council {CouncilId}.")).Name;

    public sealed class ContactInput
    {
        public string? Email { get; set; }

        public string? Phone { get; set; }
    }
}
