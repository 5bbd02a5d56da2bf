using System.Security.Cryptography;
using System.Text;

namespace CareMatch.FakeStripe.Http;

/// <summary>Signs a payload as Stripe signs webhooks: <c>t=…,v1=hex(HMAC-SHA256(secret, "t.payload"))</c>.</summary>
public sealed class WebhookSigner(string secret)
{
    public string Secret { get; } = secret;

    public string Header(string payload, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds();
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(signature)}";
    }
}
