using System.Text.Json.Nodes;

namespace CareMatch.FakeStripe.Http;

/// <summary>What the fake was asked, in order, so a test can say "exactly one capture, with this key".</summary>
public sealed record RecordedRequest(string Method, string Path, JsonObject Parameters, string? IdempotencyKey, string? StripeAccount, int Status);
