using CareMatch.Commissioning.Contracts;

namespace CareMatch.Web.Infrastructure.OpenData;

/// <summary>One published column: its name in JSON and CSV, its type in the OpenAPI document, what it means, and how to read it (and whether it is suppressed) from a row.</summary>
public sealed record OpenDataField(
    string Name,
    string Type,
    string Meaning,
    Func<OpenFiguresRow, object?> Value,
    Func<OpenFiguresRow, bool> Suppressed);
