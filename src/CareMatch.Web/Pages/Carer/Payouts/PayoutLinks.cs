using CareMatch.Payments.Contracts;
using CareMatch.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Mvc;

namespace CareMatch.Web.Pages.Carer.Payouts;

/// <summary>The absolute addresses Stripe sends a carer back to after its onboarding pages.</summary>
internal static class PayoutLinks
{
    public static StartPayoutOnboarding StartOnboarding(IUrlHelper url, HttpRequest request) => new(
        AbsolutePageLink.To(url, request, "/Carer/Payouts/Return"),
        AbsolutePageLink.To(url, request, "/Carer/Payouts/Refresh"),
        AbsolutePageLink.To(url, request, "/Carer/Payouts/Test"));
}
