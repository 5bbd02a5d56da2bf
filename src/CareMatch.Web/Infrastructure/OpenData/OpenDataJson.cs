using System.Text.Json;
using System.Text.Json.Nodes;
using CareMatch.Commissioning.Contracts;

namespace CareMatch.Web.Infrastructure.OpenData;

/// <summary>Open data's JSON: every answer carries its freshness (counted when, next due when, the promise, and whether it is kept).</summary>
public static class OpenDataJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static JsonObject Freshness(OpenDataFreshness freshness) => new()
    {
        ["computedAt"] = freshness.ComputedAt,
        ["nextUpdateDue"] = freshness.NextUpdateDue,
        ["promiseKept"] = freshness.PromiseKept,
        ["promise"] = freshness.Promise,
    };

    public static JsonObject Figures(OpenFigures figures, string csvUrl)
    {
        var body = Freshness(figures.Freshness);
        body["council"] = new JsonObject { ["id"] = figures.CouncilId, ["name"] = figures.Council };
        body["csv"] = csvUrl;
        body["rows"] = new JsonArray([.. figures.Rows.Select(Row)]);
        return body;
    }

    public static JsonObject Councils(IReadOnlyList<OpenDataCouncil> councils, OpenDataFreshness freshness, Func<Guid, string> figuresUrl)
    {
        var body = Freshness(freshness);
        body["councils"] = new JsonArray([.. councils.Select(c => (JsonNode)new JsonObject
        {
            ["id"] = c.Id,
            ["name"] = c.Name,
            ["districts"] = new JsonArray([.. c.Districts.Select(d => (JsonNode?)d)]),
            ["figures"] = figuresUrl(c.Id),
        })]);
        return body;
    }

    public static string Text(JsonNode node) => node.ToJsonString(Options);

    private static JsonNode Row(OpenFiguresRow row)
    {
        var json = new JsonObject();
        foreach (var field in OpenDataFields.All) json[field.Name] = Value(field.Value(row));
        json[OpenDataFields.SuppressedName] = new JsonArray([.. OpenDataFields.SuppressedIn(row).Select(n => (JsonNode?)n)]);
        return json;
    }

    private static JsonValue? Value(object? value) => value switch
    {
        null => null,
        int whole => JsonValue.Create(whole),
        decimal number => JsonValue.Create(number),
        string text => JsonValue.Create(text),
        _ => throw new NotSupportedException($"An open-data field of type {value.GetType().Name} has no JSON form yet."),
    };
}
