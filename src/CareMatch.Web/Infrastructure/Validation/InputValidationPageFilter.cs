using CareMatch.SharedKernel.Validation;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Infrastructure.Validation;

/// <summary>
/// Turns a command's validation failure into field errors on the page that sent it, and
/// renders that page again: the person sees what to fix, never a 500, and nothing was saved.
/// Command properties map to the page's bound <c>Input</c> model by name.
/// </summary>
public sealed class InputValidationPageFilter : IAsyncPageFilter
{
    public const string InputPrefix = "Input";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not InputValidationException invalid || executed.ExceptionHandled) return;
        if (context.HandlerInstance is not PageModel page) return;

        var hasInput = page.GetType().GetProperty(InputPrefix) is not null;
        foreach (var (field, messages) in invalid.Errors)
        {
            var key = field.Length == 0 || !hasInput ? field : $"{InputPrefix}.{field}";
            foreach (var message in messages) page.ModelState.AddModelError(key, message);
        }
        executed.Result = page.Page();
        executed.ExceptionHandled = true;
    }
}
