using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace CareMatch.Web.Infrastructure.OpenData;

/// <summary>
/// Open data is the same for everyone until the next roll-up: an ETag over the body (so a reuser
/// polling with If-None-Match gets 304 and no body), a public cache lifetime up to when the next
/// count is due, and any web page may fetch it.
/// </summary>
public static class OpenDataCaching
{
    private static readonly TimeSpan Shortest = TimeSpan.FromMinutes(1);

    public static IResult Answer(HttpContext context, byte[] body, string contentType, DateTimeOffset? computedAt, DateTimeOffset fresherFrom, DateTimeOffset now)
    {
        var etag = $"\"{Convert.ToHexString(SHA256.HashData(body))[..32]}\"";
        var headers = context.Response.Headers;
        headers.ETag = etag;
        var lifetime = fresherFrom - now;
        headers.CacheControl = $"public, max-age={(int)(lifetime < Shortest ? Shortest : lifetime).TotalSeconds}";
        if (computedAt is { } counted) headers.LastModified = counted.ToString("R");
        headers.AccessControlAllowOrigin = "*";
        var asked = context.Request.Headers.IfNoneMatch.ToString();
        if (asked.Length > 0 && EntityTagHeaderValue.TryParseList([.. asked.Split(',')], out var tags) && tags.Any(t => t.Tag == etag || t.Tag == "*"))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        return Results.Bytes(body, contentType);
    }
}
