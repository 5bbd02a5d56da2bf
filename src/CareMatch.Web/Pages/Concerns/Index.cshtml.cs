using CareMatch.Accounts.Contracts;
using CareMatch.Trust.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Concerns;

/// <summary>The concerns the signed-in person raised and where each is; never the admins' notes.</summary>
[Authorize(Roles = $"{AccountRoles.Seeker},{AccountRoles.Carer}")]
public sealed class MyConcernsModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Raised { get; set; }

    public IReadOnlyList<MyConcern> Concerns { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Concerns = await sender.Send(new ListMyConcerns(), cancellationToken);
}
