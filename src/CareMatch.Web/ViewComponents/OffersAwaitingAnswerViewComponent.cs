using CareMatch.Bookings.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CareMatch.Web.ViewComponents;

/// <summary>On the seeker's and carer's home pages: offers waiting for their answer, before they expire.</summary>
public sealed class OffersAwaitingAnswerViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var offers = await sender.Send(new ListOffersAwaitingMyAnswer());
        return offers.Count > 0 ? View(offers) : Content(string.Empty);
    }
}
