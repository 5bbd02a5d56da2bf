using CareMatch.Accounts.Contracts;
using CareMatch.Bookings.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Carer;

/// <summary>The carer's calendar: their visits for the next four weeks, earliest first.</summary>
[Authorize(Roles = AccountRoles.Carer)]
public sealed class CarerVisitsModel(ISender sender, TimeProvider time) : PageModel
{
    public IReadOnlyList<VisitView> Visits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Visits = await sender.Send(new ListMyVisits(UkToday(time)), cancellationToken);

    internal static DateOnly UkToday(TimeProvider time) =>
        DateOnly.FromDateTime(SharedKernel.Time.UkCalendar.ToUkTime(time.GetUtcNow()).DateTime);
}
