using Microsoft.AspNetCore.Mvc;

namespace CareMatch.Web.Infrastructure.Links;

/// <summary>
/// The full address of one of our pages, built from this request's scheme and host, for a page
/// outside the site (Stripe's) to send the person back to.
/// </summary>
public static class AbsolutePageLink
{
    public static Uri To(IUrlHelper url, HttpRequest request, string page) =>
        new(url.PageLink(page, protocol: request.Scheme, host: request.Host.Value) ?? throw new InvalidOperationException($"No page {page}."));
}
