using System.Text.Json.Nodes;

namespace CareMatch.FakeStripe.Http;

/// <summary>Stripe's paths, such as <c>POST payment_intents/{id}/capture</c>, matched segment by segment.</summary>
public sealed class RouteTable
{
    private readonly List<(string Method, string[] Pattern, Func<StripeCall, string?, JsonObject> Handle)> _routes = [];

    /// <summary>A pattern may hold one <c>{id}</c>, passed to the handler.</summary>
    public void Add(string method, string pattern, Func<StripeCall, string?, JsonObject> handle) =>
        _routes.Add((method, pattern.Split('/'), handle));

    public Func<StripeCall, JsonObject>? Match(string method, IReadOnlyList<string> path)
    {
        foreach (var (routeMethod, pattern, handle) in _routes)
        {
            if (routeMethod != method || pattern.Length != path.Count) continue;
            string? id = null;
            var matches = true;
            for (var i = 0; i < pattern.Length && matches; i++)
            {
                if (pattern[i] == "{id}") id = path[i];
                else matches = pattern[i] == path[i];
            }
            if (matches) return call => handle(call, id);
        }
        return null;
    }
}
