using CareMatch.Accounts.Contracts;
using CareMatch.Commissioning.Contracts;
using CareMatch.Trust.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Commissioner;

[Authorize(Roles = AccountRoles.Commissioner)]
public sealed class CommissionerHomeModel(ISender sender) : PageModel
{
    public CouncilSummary? Council { get; private set; }

    /// <summary>Safeguarding concerns in the council's districts, as counts only.</summary>
    public ConcernCounts? Concerns { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Council = await sender.Send(new GetMyCouncil(), cancellationToken);
        if (Council is not null) Concerns = await sender.Send(new CountMyCouncilConcerns(), cancellationToken);
    }

    public static string Shown(int? count) => count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? $"fewer than {ConcernCounts.SuppressedBelow}";
}
