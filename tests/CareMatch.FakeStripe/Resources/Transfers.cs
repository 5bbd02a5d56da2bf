using System.Text.Json.Nodes;
using CareMatch.FakeStripe.Http;
using CareMatch.FakeStripe.State;

namespace CareMatch.FakeStripe.Resources;

/// <summary>
/// Transfers to connected accounts, tied to the charge that funds them (source_transaction), and
/// their reversals. Stripe refuses a transfer to an account that cannot take payouts, or more
/// than the charge brought in.
/// </summary>
public sealed class Transfers(StripeObjects objects, EventLog events, Balance balance)
{
    public void Map(RouteTable routes)
    {
        routes.Add("POST", "transfers", (call, _) => Create(call));
        routes.Add("GET", "transfers/{id}", (_, id) => objects.Get("transfer", id!));
        routes.Add("POST", "transfers/{id}/reversals", (call, id) => Reverse(objects.Get("transfer", id!), call));
    }

    private JsonObject Create(StripeCall call)
    {
        var amount = call.RequiredNumber("amount");
        var destination = objects.Get("account", call.RequiredText("destination"));
        if (destination["payouts_enabled"]?.GetValue<bool>() != true)
        {
            throw StripeProblem.Invalid("Your destination account needs to have at least one of the following capabilities enabled: transfers", "destination");
        }
        if (call.Text("source_transaction") is { } chargeId)
        {
            var charge = objects.Get("charge", chargeId);
            var alreadySent = objects.All("transfer").Where(t => (string?)t["source_transaction"] == chargeId).Sum(t => (long)t["amount"]!);
            if (alreadySent + amount > (long)charge["amount_captured"]! - (long)charge["amount_refunded"]!)
            {
                throw StripeProblem.Invalid("Insufficient funds in the source transaction.", "amount");
            }
        }
        var transfer = objects.Add("tr", "transfer", new JsonObject
        {
            ["amount"] = amount,
            ["amount_reversed"] = 0L,
            ["reversed"] = false,
            ["currency"] = call.Text("currency") ?? "gbp",
            ["destination"] = destination["id"]!.GetValue<string>(),
            ["source_transaction"] = call.Text("source_transaction"),
            ["transfer_group"] = call.Text("transfer_group"),
            ["metadata"] = call.Parameters["metadata"]?.DeepClone() ?? new JsonObject(),
        });
        transfer["balance_transaction"] = balance.Record("transfer", -amount, (string)transfer["id"]!)["id"]!.GetValue<string>();
        events.Emit("transfer.created", transfer);
        return transfer;
    }

    private JsonObject Reverse(JsonObject transfer, StripeCall call)
    {
        var left = (long)transfer["amount"]! - (long)transfer["amount_reversed"]!;
        var amount = call.Number("amount") ?? left;
        if (amount <= 0 || amount > left) throw StripeProblem.Invalid("The reversal is more than is left on the transfer.", "amount");
        var reversal = objects.Add("trr", "transfer_reversal", new JsonObject
        {
            ["amount"] = amount,
            ["currency"] = "gbp",
            ["transfer"] = transfer["id"]!.GetValue<string>(),
            ["metadata"] = call.Parameters["metadata"]?.DeepClone() ?? new JsonObject(),
        });
        reversal["balance_transaction"] = balance.Record("transfer_refund", amount, (string)reversal["id"]!)["id"]!.GetValue<string>();
        transfer["amount_reversed"] = (long)transfer["amount_reversed"]! + amount;
        transfer["reversed"] = (long)transfer["amount_reversed"]! == (long)transfer["amount"]!;
        events.Emit("transfer.reversed", transfer);
        return reversal;
    }
}
