using System.Text.Json.Nodes;

namespace CareMatch.FakeStripe.Http;

/// <summary>An error Stripe would answer with; Stripe.net turns the body into a StripeException.</summary>
public sealed class StripeProblem(int status, string type, string? code, string message, string? param = null, JsonObject? paymentIntent = null, string? declineCode = null)
    : Exception(message)
{
    public int Status { get; } = status;

    public JsonObject Body() => new()
    {
        ["error"] = new JsonObject
        {
            ["type"] = type,
            ["code"] = code,
            ["message"] = Message,
            ["param"] = param,
            ["decline_code"] = declineCode,
            ["payment_intent"] = paymentIntent?.DeepClone(),
        },
    };

    public static StripeProblem NoSuch(string kind, string id) =>
        new(404, "invalid_request_error", "resource_missing", $"No such {kind}: '{id}'", "id");

    public static StripeProblem Invalid(string message, string? param = null) =>
        new(400, "invalid_request_error", null, message, param);
}
