using System.Text;
using CareMatch.Commissioning.Contracts;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Web.Infrastructure.OpenData;

/// <summary>
/// Open data at /api/open/v1/: the councils, each council's published months as JSON and CSV,
/// the freshness status and the OpenAPI document. Anyone may read them, without signing in;
/// anonymous callers are rate limited (<see cref="OpenDataRateLimiting"/>). Everything is read
/// from the last nightly roll-up, so an answer is the same for everyone until the next one.
/// </summary>
public static class OpenDataEndpoints
{
    public const string Root = "/api/open/v1";
    public const string Councils = Root + "/councils";
    public const string Months = Root + "/councils/{councilId}/months";
    public const string MonthsCsv = Root + "/councils/{councilId}/months.csv";
    public const string Status = Root + "/status";
    public const string OpenApi = Root + "/openapi.json";
    public const string HumanPage = "/OpenData";

    private const string JsonType = "application/json; charset=utf-8";

    public static string MonthsOf(Guid councilId) => Months.Replace("{councilId}", councilId.ToString(), StringComparison.Ordinal);

    public static string MonthsCsvOf(Guid councilId) => MonthsCsv.Replace("{councilId}", councilId.ToString(), StringComparison.Ordinal);

    public static void MapOpenData(this IEndpointRouteBuilder endpoints)
    {
        var open = endpoints.MapGroup("").AllowAnonymous();
        open.MapGet(Councils, ListCouncilsAsync);
        open.MapGet(Guided(Months), MonthsAsync);
        open.MapGet(Guided(MonthsCsv), MonthsCsvAsync);
        open.MapGet(Status, StatusAsync);
        open.MapGet(OpenApi, (HttpContext context, IClock clock) =>
            OpenDataCaching.Answer(context, Utf8(OpenDataJson.Text(OpenApiDocument.Build())), JsonType, null, clock.UtcNow.AddHours(1), clock.UtcNow));
    }

    /// <summary>A council id that is not a GUID is simply not found, like any unknown council.</summary>
    private static string Guided(string template) => template.Replace("{councilId}", "{councilId:guid}", StringComparison.Ordinal);

    private static async Task<IResult> ListCouncilsAsync(HttpContext context, ISender sender, IClock clock, CancellationToken cancellationToken)
    {
        var catalogue = await sender.Send(new ListOpenDataCouncils(), cancellationToken);
        var body = OpenDataJson.Text(OpenDataJson.Councils(catalogue.Councils, catalogue.Freshness, MonthsOf));
        return OpenDataCaching.Answer(context, Utf8(body), JsonType, catalogue.Freshness.ComputedAt, catalogue.Freshness.NextUpdateDue, clock.UtcNow);
    }

    private static async Task<IResult> MonthsAsync(Guid councilId, HttpContext context, ISender sender, IClock clock, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetOpenFigures(councilId), cancellationToken) is not { } figures) return NotFound();
        var body = OpenDataJson.Text(OpenDataJson.Figures(figures, MonthsCsvOf(councilId)));
        return OpenDataCaching.Answer(context, Utf8(body), JsonType, figures.Freshness.ComputedAt, figures.Freshness.NextUpdateDue, clock.UtcNow);
    }

    private static async Task<IResult> MonthsCsvAsync(Guid councilId, HttpContext context, ISender sender, IClock clock, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetOpenFigures(councilId), cancellationToken) is not { } figures) return NotFound();
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"carematch-open-data-{councilId}.csv\"";
        return OpenDataCaching.Answer(context, OpenDataCsv.Bytes(figures), "text/csv; charset=utf-8", figures.Freshness.ComputedAt, figures.Freshness.NextUpdateDue, clock.UtcNow);
    }

    /// <summary>Status is checked by monitors: cached for a minute only, so a broken promise shows soon.</summary>
    private static async Task<IResult> StatusAsync(HttpContext context, ISender sender, IClock clock, CancellationToken cancellationToken)
    {
        var freshness = await sender.Send(new GetOpenDataStatus(), cancellationToken);
        return OpenDataCaching.Answer(context, Utf8(OpenDataJson.Text(OpenDataJson.Freshness(freshness))), JsonType, freshness.ComputedAt, clock.UtcNow, clock.UtcNow);
    }

    /// <summary>With a body of its own, so the site's HTML "page not found" is not sent to a program.</summary>
    private static IResult NotFound() =>
        Results.Text("{\"error\":\"There is no council with this id. The list is at " + Councils + ".\"}", JsonType, Encoding.UTF8, StatusCodes.Status404NotFound);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
