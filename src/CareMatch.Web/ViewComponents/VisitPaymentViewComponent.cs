using CareMatch.Payments.Contracts;
using CareMatch.SharedKernel.Authorization;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CareMatch.Web.ViewComponents;

/// <summary>On a visit's page: where its money is, for the seeker who pays or the carer who is paid.</summary>
public sealed class VisitPaymentViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid visitId)
    {
        var payment = await sender.Send(new GetVisitPayment(visitId));
        return View(new VisitPaymentPanel(payment, UserClaimsPrincipal.IsInRole(Roles.Carer)));
    }
}
