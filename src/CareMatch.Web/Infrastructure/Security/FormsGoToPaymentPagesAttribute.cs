using Microsoft.AspNetCore.Mvc.Filters;

namespace CareMatch.Web.Infrastructure.Security;

/// <summary>
/// On a page whose form sends the person on to the payment company's own page (Stripe Checkout,
/// Stripe's onboarding): browsers apply the page's form-action to the redirect, so only this
/// page's policy names those origins (<see cref="SecurityHeaders"/>); every other page keeps
/// form-action 'self'.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class FormsGoToPaymentPagesAttribute : Attribute, IAsyncPageFilter
{
    public const string ItemKey = "CareMatch.FormsGoToPaymentPages";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        context.HttpContext.Items[ItemKey] = true;
        return next();
    }
}
