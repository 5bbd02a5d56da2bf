using CareMatch.Accounts.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CareMatch.Web.ViewComponents;

/// <summary>Reminds a signed-in person to confirm their email address until they have.</summary>
public sealed class EmailConfirmationBannerViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var account = await sender.Send(new GetMyAccount());
        return account is { EmailConfirmed: false } ? View(account) : Content(string.Empty);
    }
}
