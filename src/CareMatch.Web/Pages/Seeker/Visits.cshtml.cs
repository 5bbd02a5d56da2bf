using CareMatch.Accounts.Contracts;
using CareMatch.Bookings.Contracts;
using CareMatch.Web.Pages.Carer;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Seeker;

/// <summary>"Who is coming": the visits of the seeker's bookings for the next four weeks.</summary>
[Authorize(Roles = AccountRoles.Seeker)]
public sealed class SeekerVisitsModel(ISender sender, TimeProvider time) : PageModel
{
    public IReadOnlyList<VisitView> Visits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Visits = await sender.Send(new ListMyVisits(CarerVisitsModel.UkToday(time)), cancellationToken);
}
