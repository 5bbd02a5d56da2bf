using CareMatch.Trust.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CareMatch.Web.ViewComponents;

/// <summary>On a carer's public page: what families have said, with the average, newest first.</summary>
public sealed class CarerReviewsViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid carerProfileId) =>
        View(await sender.Send(new GetCarerReviews(carerProfileId)));
}
