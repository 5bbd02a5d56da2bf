using System.Text.Json.Nodes;

namespace CareMatch.FakeStripe.Http;

/// <summary>
/// Stripe's request bodies are form-encoded with bracketed keys (<c>metadata[visit]=…</c>,
/// <c>expand[0]=…</c>); this turns them into the JSON tree Stripe itself would see.
/// </summary>
public static class StripeForm
{
    public static JsonObject Parse(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var root = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
        {
            var path = Segments(key);
            var node = root;
            for (var i = 0; i < path.Count - 1; i++)
            {
                if (!node.TryGetValue(path[i], out var child) || child is not Dictionary<string, object> branch)
                {
                    branch = new Dictionary<string, object>(StringComparer.Ordinal);
                    node[path[i]] = branch;
                }
                node = branch;
            }
            node[path[^1]] = value;
        }
        return (JsonObject)ToNode(root)!;
    }

    private static List<string> Segments(string key)
    {
        var open = key.IndexOf('[');
        if (open < 0) return [key];
        var segments = new List<string> { key[..open] };
        foreach (var part in key[open..].Split('[', StringSplitOptions.RemoveEmptyEntries))
        {
            segments.Add(part.TrimEnd(']'));
        }
        return segments;
    }

    private static JsonNode? ToNode(object value)
    {
        if (value is string text) return JsonValue.Create(text);
        var branch = (Dictionary<string, object>)value;
        if (branch.Count > 0 && branch.Keys.All(k => int.TryParse(k, out _)))
        {
            var array = new JsonArray();
            foreach (var item in branch.OrderBy(kv => int.Parse(kv.Key))) array.Add(ToNode(item.Value));
            return array;
        }
        var result = new JsonObject();
        foreach (var (key, child) in branch) result[key] = ToNode(child);
        return result;
    }
}
