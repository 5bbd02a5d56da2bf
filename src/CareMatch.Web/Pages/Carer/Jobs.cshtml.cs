using CareMatch.Accounts.Contracts;
using CareMatch.Matching.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Carer;

/// <summary>"Jobs for you": open requests ranked for the signed-in carer, with why; empty with the reason until they are bookable.</summary>
[Authorize(Roles = AccountRoles.Carer)]
public sealed class CarerJobsModel(ISender sender) : PageModel
{
    public JobsForMe Jobs { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Jobs = await sender.Send(new GetJobsForMe(), cancellationToken);
}
