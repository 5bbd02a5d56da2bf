using System.Text.Json.Nodes;

namespace CareMatch.FakeStripe.State;

/// <summary>
/// The platform's balance as Stripe's balance transactions show it: a capture adds the amount
/// less the processing fee, a transfer or refund takes it away, a reversal brings it back.
/// </summary>
public sealed class Balance(StripeObjects objects)
{
    /// <summary>Stripe's processing fee on a captured amount, in pence. Zero unless a test sets it.</summary>
    public Func<long, long> ProcessingFee { get; set; } = _ => 0;

    public JsonObject Record(string type, long amount, string source, long fee = 0) =>
        objects.Add("txn", "balance_transaction", new JsonObject
        {
            ["amount"] = amount,
            ["fee"] = fee,
            ["net"] = amount - fee,
            ["currency"] = "gbp",
            ["type"] = type,
            ["source"] = source,
            ["status"] = "available",
            ["available_on"] = objects.Now,
        });

    public long Available => objects.All("balance_transaction").Sum(t => (long)t["net"]!);
}
