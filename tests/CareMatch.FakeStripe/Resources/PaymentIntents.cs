using System.Text.Json.Nodes;
using CareMatch.FakeStripe.Http;
using CareMatch.FakeStripe.State;

namespace CareMatch.FakeStripe.Resources;

/// <summary>
/// Off-session, manually captured PaymentIntents and their charges: authorise (or decline), capture
/// up to what was authorised, cancel a hold, refund what was captured.
/// </summary>
public sealed class PaymentIntents(StripeObjects objects, EventLog events, Balance balance)
{
    public void Map(RouteTable routes)
    {
        routes.Add("POST", "payment_intents", (call, _) => Create(call));
        routes.Add("GET", "payment_intents/{id}", (_, id) => objects.Get("payment_intent", id!));
        routes.Add("POST", "payment_intents/{id}/capture", (call, id) => Capture(objects.Get("payment_intent", id!), call));
        routes.Add("POST", "payment_intents/{id}/cancel", (call, id) => Cancel(objects.Get("payment_intent", id!), call));
        routes.Add("GET", "charges/{id}", (_, id) => objects.Get("charge", id!));
        routes.Add("POST", "refunds", (call, _) => Refund(call));
    }

    private JsonObject Create(StripeCall call)
    {
        var amount = call.RequiredNumber("amount");
        if (amount < 30) throw StripeProblem.Invalid("Amount must be at least £0.30 gbp", "amount");
        var customer = objects.Get("customer", call.RequiredText("customer"));
        var card = objects.Get("payment_method", call.RequiredText("payment_method"));
        var intent = objects.Add("pi", "payment_intent", new JsonObject
        {
            ["amount"] = amount,
            ["currency"] = call.Text("currency") ?? "gbp",
            ["customer"] = customer["id"]!.GetValue<string>(),
            ["payment_method"] = card["id"]!.GetValue<string>(),
            ["capture_method"] = call.Text("capture_method") ?? "automatic",
            ["transfer_group"] = call.Text("transfer_group"),
            ["metadata"] = call.Parameters["metadata"]?.DeepClone() ?? new JsonObject(),
            ["status"] = "requires_confirmation",
            ["amount_capturable"] = 0L,
            ["amount_received"] = 0L,
            ["latest_charge"] = null,
        });
        if (!call.Flag("confirm")) return intent;

        if ((string?)card["metadata"]?["fake_declines_off_session"] == "true" || (string?)card["customer"] != (string?)customer["id"])
        {
            intent["status"] = "requires_payment_method";
            intent["last_payment_error"] = new JsonObject { ["code"] = "card_declined", ["decline_code"] = "insufficient_funds" };
            events.Emit("payment_intent.payment_failed", intent);
            throw new StripeProblem(402, "card_error", "card_declined", "Your card has insufficient funds.", null, intent, "insufficient_funds");
        }
        var charge = objects.Add("ch", "charge", new JsonObject
        {
            ["amount"] = amount,
            ["amount_captured"] = 0L,
            ["amount_refunded"] = 0L,
            ["captured"] = false,
            ["refunded"] = false,
            ["currency"] = intent["currency"]!.GetValue<string>(),
            ["payment_intent"] = intent["id"]!.GetValue<string>(),
            ["transfer_group"] = intent["transfer_group"]?.GetValue<string>(),
            ["balance_transaction"] = null,
            ["status"] = "succeeded",
        });
        intent["latest_charge"] = charge["id"]!.GetValue<string>();
        if ((string?)intent["capture_method"] == "manual")
        {
            intent["status"] = "requires_capture";
            intent["amount_capturable"] = amount;
            events.Emit("payment_intent.amount_capturable_updated", intent);
            return intent;
        }
        return Settle(intent, charge, amount);
    }

    private JsonObject Capture(JsonObject intent, StripeCall call)
    {
        if ((string?)intent["status"] != "requires_capture")
        {
            throw StripeProblem.Invalid($"This PaymentIntent could not be captured because it has a status of {intent["status"]}.");
        }
        var capturable = (long)intent["amount_capturable"]!;
        var amount = call.Number("amount_to_capture") ?? capturable;
        if (amount > capturable) throw StripeProblem.Invalid("The amount to capture is more than the amount authorised.", "amount_to_capture");
        return Settle(intent, objects.Get("charge", (string)intent["latest_charge"]!), amount);
    }

    private JsonObject Settle(JsonObject intent, JsonObject charge, long amount)
    {
        var fee = balance.ProcessingFee(amount);
        var transaction = balance.Record("charge", amount, (string)charge["id"]!, fee);
        charge["captured"] = true;
        charge["amount_captured"] = amount;
        charge["balance_transaction"] = transaction["id"]!.GetValue<string>();
        intent["status"] = "succeeded";
        intent["amount_capturable"] = 0L;
        intent["amount_received"] = amount;
        events.Emit("charge.captured", charge);
        events.Emit("payment_intent.succeeded", intent);
        return intent;
    }

    private JsonObject Cancel(JsonObject intent, StripeCall call)
    {
        var status = (string?)intent["status"];
        if (status is "succeeded" or "canceled")
        {
            throw StripeProblem.Invalid($"You cannot cancel this PaymentIntent because it has a status of {status}.");
        }
        intent["status"] = "canceled";
        intent["amount_capturable"] = 0L;
        intent["cancellation_reason"] = call.Text("cancellation_reason") ?? "requested_by_customer";
        events.Emit("payment_intent.canceled", intent);
        return intent;
    }

    private JsonObject Refund(StripeCall call)
    {
        var charge = call.Text("charge") is { } chargeId
            ? objects.Get("charge", chargeId)
            : objects.Get("charge", (string)objects.Get("payment_intent", call.RequiredText("payment_intent"))["latest_charge"]!);
        var refundable = (long)charge["amount_captured"]! - (long)charge["amount_refunded"]!;
        var amount = call.Number("amount") ?? refundable;
        if (amount <= 0 || amount > refundable) throw StripeProblem.Invalid($"Refund amount ({amount}) is greater than unrefunded amount on charge ({refundable})", "amount");
        var refund = objects.Add("re", "refund", new JsonObject
        {
            ["amount"] = amount,
            ["charge"] = charge["id"]!.GetValue<string>(),
            ["payment_intent"] = charge["payment_intent"]!.GetValue<string>(),
            ["currency"] = "gbp",
            ["reason"] = call.Text("reason"),
            ["metadata"] = call.Parameters["metadata"]?.DeepClone() ?? new JsonObject(),
            ["status"] = "succeeded",
        });
        refund["balance_transaction"] = balance.Record("refund", -amount, (string)refund["id"]!)["id"]!.GetValue<string>();
        charge["amount_refunded"] = (long)charge["amount_refunded"]! + amount;
        charge["refunded"] = (long)charge["amount_refunded"]! == (long)charge["amount_captured"]!;
        events.Emit("charge.refunded", charge);
        return refund;
    }
}
