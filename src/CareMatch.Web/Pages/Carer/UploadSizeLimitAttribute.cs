using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CareMatch.Web.Pages.Carer;

/// <summary>
/// For upload pages: refuses a request body over the limit with 413 before anything reads it.
/// A declared Content-Length over the limit is answered at once; a body that streams past it
/// (chunked) is cut off by the server's own limit, set here for this request only. The limit is
/// the 5 MB file plus room for the form's other fields and the multipart framing; the module
/// itself refuses a file over exactly 5 MB with a message at the field.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadSizeLimitAttribute : Attribute, IResourceFilter, IOrderedFilter
{
    /// <summary>5 MB of file and 64 KB for everything else in the form.</summary>
    public const long MaxRequestBytes = (5 * 1024 * 1024) + (64 * 1024);

    // Before model binding and before the framework's own request-size filters.
    public int Order => -3000;

    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var request = context.HttpContext.Request;
        if (request.ContentLength > MaxRequestBytes)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
            return;
        }
        if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxRequestBytes;
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
