using CareMatch.Payments.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace CareMatch.Web.Pages.Seeker.Card;

/// <summary>The absolute addresses Stripe's card page sends a seeker back to, built from this request's host.</summary>
internal static class CardLinks
{
    public static StartCardSetup StartSetup(IUrlHelper url, HttpRequest request) => new(
        To(url, request, "/Seeker/Card/Saved"),
        To(url, request, "/Seeker/Card/Index"),
        To(url, request, "/Seeker/Card/Test"));

    private static Uri To(IUrlHelper url, HttpRequest request, string page) =>
        new(url.PageLink(page, protocol: request.Scheme, host: request.Host.Value) ?? throw new InvalidOperationException($"No page {page}."));
}
