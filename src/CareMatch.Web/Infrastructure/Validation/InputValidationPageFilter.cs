using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Infrastructure.Validation;

/// <summary>
/// Turns what a handler refuses into what a person should see, so page models stay thin:
/// a validation failure becomes field errors on the same page (rendered again, nothing saved,
/// never a 500); "not yours" becomes 403 and "no such thing" 404. Command properties map to
/// the page's bound <c>Input</c> model by name.
/// </summary>
public sealed class InputValidationPageFilter : IAsyncPageFilter
{
    public const string InputPrefix = "Input";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.ExceptionHandled || context.HandlerInstance is not PageModel page) return;
        switch (executed.Exception)
        {
            case InputValidationException invalid:
                var hasInput = page.GetType().GetProperty(InputPrefix) is not null;
                foreach (var (field, messages) in invalid.Errors)
                {
                    var key = field.Length == 0 || !hasInput ? field : $"{InputPrefix}.{field}";
                    foreach (var message in messages) page.ModelState.AddModelError(key, message);
                }
                if (page is IReloadsAfterRefusal reloading) await reloading.ReloadAsync(context.HttpContext.RequestAborted);
                executed.Result = page.Page();
                executed.ExceptionHandled = true;
                break;
            case AccessDeniedException:
                executed.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
                executed.ExceptionHandled = true;
                break;
            case NotFoundException:
                executed.Result = new NotFoundResult();
                executed.ExceptionHandled = true;
                break;
        }
    }
}
