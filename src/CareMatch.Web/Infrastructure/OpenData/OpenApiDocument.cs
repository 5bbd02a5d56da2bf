using System.Text.Json.Nodes;

namespace CareMatch.Web.Infrastructure.OpenData;

/// <summary>The OpenAPI 3.0 description of open data, made from <see cref="OpenDataFields"/> so it always describes the columns actually served.</summary>
public static class OpenApiDocument
{
    public static JsonObject Build() => new()
    {
        ["openapi"] = "3.0.3",
        ["info"] = new JsonObject
        {
            ["title"] = "CareMatch open data",
            ["version"] = "1",
            ["description"] = "Care requests and unmet need per council, postcode district and month. Counts from 1 to 4 are suppressed, "
                + "and so is any figure from which one could be worked out; each row lists its suppressed fields. "
                + "Anonymous callers are rate limited (HTTP 429 with Retry-After). Human documentation: " + OpenDataEndpoints.HumanPage,
        },
        ["paths"] = new JsonObject
        {
            [OpenDataEndpoints.Councils] = Get("The councils whose figures are published, with their districts.", Json("Councils")),
            [OpenDataEndpoints.Months] = Get("One council's figures by month and district, with the council as a whole in the rows whose district is null.",
                Json("Figures"), CouncilIdParameter()),
            [OpenDataEndpoints.MonthsCsv] = Get("The same figures as CSV; a suppressed figure reads \"suppressed\".",
                new JsonObject { ["text/csv"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string" } } }, CouncilIdParameter()),
            [OpenDataEndpoints.Status] = Get("Whether the freshness promise is being kept.", Json("Freshness")),
            [OpenDataEndpoints.OpenApi] = Get("This document.", new JsonObject { ["application/json"] = new JsonObject() }),
        },
        ["components"] = new JsonObject { ["schemas"] = Schemas() },
    };

    private static JsonObject Schemas() => new()
    {
        ["Freshness"] = Object(new JsonObject
        {
            ["computedAt"] = Nullable("string", "When the figures were last counted (ISO 8601); null before the first count.", "date-time"),
            ["nextUpdateDue"] = Typed("string", "When they are next due to be counted.", "date-time"),
            ["promiseKept"] = Typed("boolean", "Whether the last count finished within 26 hours."),
            ["promise"] = Typed("string", "The freshness promise, in words."),
        }),
        ["Councils"] = AllOfFreshness(new JsonObject
        {
            ["councils"] = new JsonObject { ["type"] = "array", ["items"] = Object(new JsonObject
            {
                ["id"] = Typed("string", "The council's id, used in the figures' address.", "uuid"),
                ["name"] = Typed("string", "The council's name."),
                ["districts"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
                ["figures"] = Typed("string", "The address of its figures."),
            }) },
        }),
        ["Figures"] = AllOfFreshness(new JsonObject
        {
            ["council"] = Object(new JsonObject { ["id"] = Typed("string", "The council's id.", "uuid"), ["name"] = Typed("string", "The council's name.") }),
            ["csv"] = Typed("string", "The same figures as CSV."),
            ["rows"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/components/schemas/Row" } },
        }),
        ["Row"] = Object(Row()),
    };

    private static JsonObject Row()
    {
        var properties = new JsonObject();
        foreach (var field in OpenDataFields.All) properties[field.Name] = Nullable(field.Type, field.Meaning);
        properties[OpenDataFields.SuppressedName] = new JsonObject
        {
            ["type"] = "array",
            ["description"] = "The fields withheld in this row by the small-number rule (null in them means suppressed, not zero).",
            ["items"] = new JsonObject { ["type"] = "string" },
        };
        return properties;
    }

    private static JsonObject Get(string summary, JsonObject content, JsonObject? parameter = null)
    {
        var operation = new JsonObject
        {
            ["summary"] = summary,
            ["responses"] = new JsonObject
            {
                ["200"] = new JsonObject { ["description"] = "OK. Carries ETag and Cache-Control; send If-None-Match to get 304 when nothing changed.", ["content"] = content },
                ["304"] = new JsonObject { ["description"] = "Not modified since the ETag given." },
                ["429"] = new JsonObject { ["description"] = "Too many requests from this address; wait for Retry-After seconds." },
            },
        };
        if (parameter is not null)
        {
            operation["parameters"] = new JsonArray(parameter);
            ((JsonObject)operation["responses"]!)["404"] = new JsonObject { ["description"] = "No council with this id." };
        }
        return new JsonObject { ["get"] = operation };
    }

    private static JsonObject Json(string schema) =>
        new() { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = $"#/components/schemas/{schema}" } } };

    private static JsonObject CouncilIdParameter() => new()
    {
        ["name"] = "councilId",
        ["in"] = "path",
        ["required"] = true,
        ["schema"] = new JsonObject { ["type"] = "string", ["format"] = "uuid" },
    };

    private static JsonObject AllOfFreshness(JsonObject properties) => new()
    {
        ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/components/schemas/Freshness" }, Object(properties)),
    };

    private static JsonObject Object(JsonObject properties) => new() { ["type"] = "object", ["properties"] = properties };

    private static JsonObject Typed(string type, string description, string? format = null)
    {
        var schema = new JsonObject { ["type"] = type, ["description"] = description };
        if (format is not null) schema["format"] = format;
        return schema;
    }

    private static JsonObject Nullable(string type, string description, string? format = null)
    {
        var schema = Typed(type, description, format);
        schema["nullable"] = true;
        return schema;
    }
}
