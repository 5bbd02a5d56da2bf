using CareMatch.Payments.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace CareMatch.Web.Pages.Carer.Payouts;

/// <summary>The absolute addresses Stripe sends a carer back to after its onboarding pages, built from this request's host.</summary>
internal static class PayoutLinks
{
    public static StartPayoutOnboarding StartOnboarding(IUrlHelper url, HttpRequest request) => new(
        To(url, request, "/Carer/Payouts/Return"),
        To(url, request, "/Carer/Payouts/Refresh"),
        To(url, request, "/Carer/Payouts/Test"));

    private static Uri To(IUrlHelper url, HttpRequest request, string page) =>
        new(url.PageLink(page, protocol: request.Scheme, host: request.Host.Value) ?? throw new InvalidOperationException($"No page {page}."));
}
