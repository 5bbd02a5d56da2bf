using System.Text.Json.Nodes;

namespace CareMatch.FakeStripe.Http;

/// <summary>
/// Stripe keeps the first answer to each idempotency key and replays it for a retry with the same
/// key and the same parameters; different parameters under a used key are an error.
/// </summary>
public sealed class IdempotencyCache
{
    private readonly Dictionary<string, (string Request, int Status, JsonObject Body)> _answers = new(StringComparer.Ordinal);

    public (int Status, JsonObject Body)? Replay(StripeCall call)
    {
        if (call.IdempotencyKey is null || !_answers.TryGetValue(Key(call), out var answer)) return null;
        if (answer.Request != Fingerprint(call))
        {
            return (400, new StripeProblem(400, "idempotency_error", null,
                $"Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '{call.IdempotencyKey}' if you meant to execute a different request.").Body());
        }
        return (answer.Status, (JsonObject)answer.Body.DeepClone());
    }

    public void Remember(StripeCall call, int status, JsonObject body)
    {
        // Stripe does not keep 5xx answers: a retry after a server error runs again.
        if (call.IdempotencyKey is null || status >= 500) return;
        _answers[Key(call)] = (Fingerprint(call), status, (JsonObject)body.DeepClone());
    }

    private static string Key(StripeCall call) => $"{call.StripeAccount}|{call.IdempotencyKey}";

    private static string Fingerprint(StripeCall call) => $"{call.Method} {string.Join('/', call.Path)} {call.Parameters.ToJsonString()}";
}
