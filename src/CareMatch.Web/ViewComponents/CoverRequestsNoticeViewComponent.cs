using CareMatch.Bookings.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CareMatch.Web.ViewComponents;

/// <summary>On the carer's home page: visits another carer cancelled that this carer could still cover.</summary>
public sealed class CoverRequestsNoticeViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var open = (await sender.Send(new ListMyCoverOffers())).Count(c => c.CanVolunteer);
        return open > 0 ? View(open) : Content(string.Empty);
    }
}
