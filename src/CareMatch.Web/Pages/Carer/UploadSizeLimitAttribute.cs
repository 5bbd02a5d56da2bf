using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CareMatch.Web.Pages.Carer;

/// <summary>
/// For upload pages: refuses a request body over the limit with 413 without reading past it.
/// A declared Content-Length over the limit is answered at once. A body with no length (chunked)
/// is read here, before the antiforgery check, which would otherwise read all of it first: the
/// server's own limit (set by routing from this attribute's metadata) and a counting stream stop
/// it at the limit, and the person sees the 413 page. The limit is Providers' file limit plus room
/// for the form's other fields and the multipart framing; the module itself refuses a file over
/// exactly that limit with a message at the field.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadSizeLimitAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter, IRequestSizeLimitMetadata
{
    /// <summary>The largest file Providers takes, and 64 KB for everything else in the form.</summary>
    public const long MaxRequestBytes = CareMatch.Providers.Contracts.UploadLimits.MaxFileBytes + (64 * 1024);

    // Authorization filters run first; this one before the antiforgery filter (order 1000).
    public int Order => -3000;

    long? IRequestSizeLimitMetadata.MaxRequestBodySize => MaxRequestBytes;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var request = http.Request;
        if (request.ContentLength > MaxRequestBytes)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
            return;
        }
        if (!request.HasFormContentType) return;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxRequestBytes;
        }
        request.Body = new RequestBodyLimitStream(request.Body, MaxRequestBytes);
        try
        {
            // Reads and keeps the form; model binding and antiforgery use this copy.
            await request.ReadFormAsync(http.RequestAborted);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
        }
        catch (Exception unreadable) when (unreadable is IOException or InvalidDataException)
        {
            // A malformed form or a client that went away: the antiforgery check that follows
            // fails to read it too and answers 400, as it did before this filter read first.
        }
    }
}
