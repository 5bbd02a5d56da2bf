using System.Text.Json.Nodes;

namespace CareMatch.FakeStripe.State;

/// <summary>
/// The events Stripe would send for what happened, each with a snapshot of its object, so a test
/// can deliver them (signed) once, many times, late or out of order.
/// </summary>
public sealed class EventLog(StripeObjects objects, string apiVersion)
{
    private readonly List<JsonObject> _events = [];

    public IReadOnlyList<JsonObject> All => _events;

    public JsonObject Emit(string type, JsonObject subject, string? account = null)
    {
        var created = objects.Add("evt", "event", new JsonObject
        {
            ["api_version"] = apiVersion,
            ["type"] = type,
            ["data"] = new JsonObject { ["object"] = subject.DeepClone() },
            ["pending_webhooks"] = 1,
            ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null },
        });
        if (account is not null) created["account"] = account;
        _events.Add(created);
        return created;
    }

    public IReadOnlyList<JsonObject> OfType(string type) => _events.Where(e => (string?)e["type"] == type).ToList();
}
