using CareMatch.Matching.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CareMatch.Web.ViewComponents;

/// <summary>On the carer's home page: how many new requests they have been told fit them, linking to the alerts.</summary>
public sealed class JobAlertsNoticeViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var alerts = await sender.Send(new GetMyJobAlerts());
        return alerts.Unseen > 0 ? View(alerts) : Content(string.Empty);
    }
}
