using CareMatch.Payments.Contracts;
using CareMatch.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Mvc;

namespace CareMatch.Web.Pages.Seeker.Card;

/// <summary>The absolute addresses Stripe's card page sends a seeker back to.</summary>
internal static class CardLinks
{
    public static StartCardSetup StartSetup(IUrlHelper url, HttpRequest request) => new(
        AbsolutePageLink.To(url, request, "/Seeker/Card/Saved"),
        AbsolutePageLink.To(url, request, "/Seeker/Card/Index"),
        AbsolutePageLink.To(url, request, "/Seeker/Card/Test"));
}
