using System.Text.Json.Nodes;

namespace CareMatch.FakeStripe.Http;

/// <summary>One request as a route sees it: the path after /v1/, its parameters, and Stripe's headers.</summary>
public sealed record StripeCall(
    string Method,
    IReadOnlyList<string> Path,
    JsonObject Parameters,
    string? IdempotencyKey,
    string? StripeAccount)
{
    public string? Text(string name) => Parameters[name]?.GetValue<string>();

    public long? Number(string name) => Text(name) is { } text ? long.Parse(text) : null;

    public bool Flag(string name) => Text(name) is "true";

    public string RequiredText(string name) =>
        Text(name) ?? throw new StripeProblem(400, "invalid_request_error", "parameter_missing", $"Missing required param: {name}.", name);

    public long RequiredNumber(string name) => Number(name)
        ?? throw new StripeProblem(400, "invalid_request_error", "parameter_missing", $"Missing required param: {name}.", name);
}
