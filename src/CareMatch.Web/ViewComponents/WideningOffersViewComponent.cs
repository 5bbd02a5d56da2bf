using CareMatch.Matching.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CareMatch.Web.ViewComponents;

/// <summary>On the seeker's home page: requests that have waited too long unmatched (Matching decides how long), with the offer to ask carers a little further away.</summary>
public sealed class WideningOffersViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var offers = await sender.Send(new ListMyWideningOffers());
        return offers.Count > 0 ? View(offers) : Content(string.Empty);
    }
}
