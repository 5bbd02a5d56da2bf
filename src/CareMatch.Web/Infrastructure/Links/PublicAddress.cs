namespace CareMatch.Web.Infrastructure.Links;

/// <summary>
/// Where the site lives, for links in emails: <c>App:PublicUrl</c> when set (behind a proxy, or
/// from a scheduled task), else the request being served.
/// </summary>
public static class PublicAddress
{
    public static string BaseUrl(IHttpContextAccessor accessor, IConfiguration configuration)
    {
        if (configuration["App:PublicUrl"] is { Length: > 0 } configured) return configured.TrimEnd('/');
        var request = accessor.HttpContext?.Request
            ?? throw new InvalidOperationException("Set App:PublicUrl so links can be made outside a request.");
        return $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/');
    }
}
