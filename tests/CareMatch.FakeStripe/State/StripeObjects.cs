using System.Text.Json.Nodes;
using CareMatch.FakeStripe.Http;

namespace CareMatch.FakeStripe.State;

/// <summary>
/// Every object the fake has made, by id, as the JSON Stripe would return. Routes run one at a
/// time under the server's lock, so the store itself needs none.
/// </summary>
public sealed class StripeObjects
{
    private readonly Dictionary<string, JsonObject> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counters = new(StringComparer.Ordinal);

    private long? _frozenNow;

    /// <summary>Stripe's clock, in Unix seconds: the real time unless a test sets it.</summary>
    public long Now
    {
        get => _frozenNow ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        set => _frozenNow = value;
    }

    public JsonObject Add(string prefix, string kind, JsonObject fields)
    {
        _counters[prefix] = _counters.GetValueOrDefault(prefix) + 1;
        var id = $"{prefix}_fake{_counters[prefix]:D6}";
        var created = new JsonObject { ["id"] = id, ["object"] = kind, ["created"] = Now, ["livemode"] = false };
        foreach (var (key, value) in fields) created[key] = value?.DeepClone();
        _byId[id] = created;
        return created;
    }

    public JsonObject Get(string kind, string id) =>
        _byId.TryGetValue(id, out var found) && (string?)found["object"] == kind ? found : throw StripeProblem.NoSuch(kind, id);

    public JsonObject? Find(string id) => _byId.GetValueOrDefault(id);

    public IEnumerable<JsonObject> All(string kind) =>
        _byId.Values.Where(o => (string?)o["object"] == kind).OrderBy(o => (long)o["created"]!).ThenBy(o => (string)o["id"]!, StringComparer.Ordinal);
}
