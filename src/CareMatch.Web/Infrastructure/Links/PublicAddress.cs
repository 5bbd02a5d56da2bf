namespace CareMatch.Web.Infrastructure.Links;

/// <summary>
/// Where the site lives, for links in emails: <c>App:PublicUrl</c> when set (behind a proxy, or
/// from a scheduled task), else the request being served. Outside a request without it (a job,
/// demo seeding) the first address the app was told to listen on (<c>--urls</c>), else
/// http://localhost: only ever in development, because production refuses to start without
/// <c>App:PublicUrl</c>. Never throwing matters: a notification's email is written while an
/// integration event is published, and a failure there would hold up every other module's consumer.
/// </summary>
public static class PublicAddress
{
    private const string LastResort = "http://localhost";

    public static string BaseUrl(IHttpContextAccessor accessor, IConfiguration configuration)
    {
        if (configuration["App:PublicUrl"] is { Length: > 0 } configured) return configured.TrimEnd('/');
        if (accessor.HttpContext?.Request is { } request) return $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/');
        var listening = configuration["urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return (listening is { Length: > 0 } ? listening : LastResort).TrimEnd('/');
    }
}
