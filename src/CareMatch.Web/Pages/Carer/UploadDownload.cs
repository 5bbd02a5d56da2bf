using CareMatch.Providers.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace CareMatch.Web.Pages.Carer;

/// <summary>
/// Sends an upload so the browser saves it rather than shows it: Content-Disposition attachment,
/// the type we detected from its content, and nosniff so the browser does not second-guess it.
/// </summary>
public static class UploadDownload
{
    public static FileStreamResult Of(HttpResponse response, UploadedFileDownload file)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        return new FileStreamResult(file.Content, file.ContentType) { FileDownloadName = file.DownloadName };
    }
}
