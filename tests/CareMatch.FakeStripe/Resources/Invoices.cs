using System.Text.Json.Nodes;
using CareMatch.FakeStripe.Http;
using CareMatch.FakeStripe.State;

namespace CareMatch.FakeStripe.Resources;

/// <summary>
/// Invoices sent to a customer who pays them (send_invoice): a draft, its invoice items, then
/// finalised with a number and a hosted page. Stripe refuses items on a finalised invoice and a
/// second finalisation; paying it (on the hosted page, or <see cref="Pay"/>) moves the money into
/// the balance and says <c>invoice.paid</c>.
/// </summary>
public sealed class Invoices(StripeObjects objects, EventLog events, Balance balance, Func<string> baseUrl)
{
    public void Map(RouteTable routes)
    {
        routes.Add("POST", "invoices", (call, _) => Create(call));
        routes.Add("GET", "invoices/{id}", (_, id) => objects.Get("invoice", id!));
        routes.Add("POST", "invoices/{id}/finalize", (_, id) => Finalise(objects.Get("invoice", id!)));
        routes.Add("POST", "invoiceitems", (call, _) => AddItem(call));
        routes.Add("GET", "invoice_payments", (call, _) => PaymentsOf(call.RequiredText("invoice")));
    }

    public JsonObject Pay(string invoiceId)
    {
        var invoice = objects.Get("invoice", invoiceId);
        if ((string?)invoice["status"] != "open") throw StripeProblem.Invalid("Only an open invoice can be paid.");
        var amount = (long)invoice["amount_due"]!;
        var charge = objects.Add("ch", "charge", new JsonObject { ["amount"] = amount, ["amount_captured"] = amount, ["amount_refunded"] = 0L, ["currency"] = "gbp" });
        charge["balance_transaction"] = balance.Record("charge", amount, (string)charge["id"]!)["id"]!.GetValue<string>();
        objects.Add("inpay", "invoice_payment", new JsonObject
        {
            ["invoice"] = invoiceId,
            ["amount_paid"] = amount,
            ["currency"] = "gbp",
            ["status"] = "paid",
            ["is_default"] = true,
            ["payment"] = new JsonObject { ["type"] = "charge", ["charge"] = charge["id"]!.GetValue<string>() },
        });
        invoice["status"] = "paid";
        invoice["amount_paid"] = amount;
        invoice["amount_remaining"] = 0L;
        invoice["status_transitions"]!["paid_at"] = objects.Now;
        events.Emit("invoice.paid", invoice);
        return invoice;
    }

    private JsonObject PaymentsOf(string invoiceId) => new()
    {
        ["object"] = "list",
        ["url"] = "/v1/invoice_payments",
        ["has_more"] = false,
        ["data"] = new JsonArray([.. objects.All("invoice_payment").Where(p => (string?)p["invoice"] == invoiceId).Select(p => p.DeepClone())]),
    };

    private JsonObject Create(StripeCall call)
    {
        var customer = objects.Get("customer", call.RequiredText("customer"));
        if (call.Text("collection_method") == "send_invoice" && call.Number("days_until_due") is null)
        {
            throw StripeProblem.Invalid("Invoices with collection_method send_invoice need days_until_due or due_date.", "days_until_due");
        }
        return objects.Add("in", "invoice", new JsonObject
        {
            ["customer"] = customer["id"]!.GetValue<string>(),
            ["customer_name"] = customer["name"]?.GetValue<string>(),
            ["collection_method"] = call.Text("collection_method") ?? "charge_automatically",
            ["currency"] = call.Text("currency") ?? "gbp",
            ["description"] = call.Text("description"),
            ["footer"] = call.Text("footer"),
            ["status"] = "draft",
            ["number"] = call.Text("number"),
            ["total"] = 0L,
            ["amount_due"] = 0L,
            ["amount_paid"] = 0L,
            ["amount_remaining"] = 0L,
            ["due_date"] = objects.Now + (call.Number("days_until_due") ?? 0) * 86_400,
            ["hosted_invoice_url"] = null,
            ["lines"] = new JsonObject { ["object"] = "list", ["data"] = new JsonArray(), ["has_more"] = false },
            ["status_transitions"] = new JsonObject { ["finalized_at"] = null, ["paid_at"] = null },
            ["metadata"] = call.Parameters["metadata"]?.DeepClone() ?? new JsonObject(),
        });
    }

    private JsonObject AddItem(StripeCall call)
    {
        var invoice = objects.Get("invoice", call.RequiredText("invoice"));
        if ((string?)invoice["status"] != "draft") throw StripeProblem.Invalid("You can only add invoice items to a draft invoice.", "invoice");
        var amount = call.RequiredNumber("amount");
        var item = objects.Add("ii", "invoiceitem", new JsonObject
        {
            ["amount"] = amount,
            ["currency"] = call.Text("currency") ?? "gbp",
            ["customer"] = call.RequiredText("customer"),
            ["description"] = call.Text("description"),
            ["invoice"] = invoice["id"]!.GetValue<string>(),
        });
        invoice["lines"]!["data"]!.AsArray().Add(new JsonObject
        {
            ["id"] = $"il_{item["id"]}", ["object"] = "line_item", ["amount"] = amount, ["currency"] = "gbp", ["description"] = item["description"]?.GetValue<string>(),
        });
        invoice["total"] = (long)invoice["total"]! + amount;
        invoice["amount_due"] = invoice["total"]!.DeepClone();
        return item;
    }

    private JsonObject Finalise(JsonObject invoice)
    {
        if ((string?)invoice["status"] != "draft") throw StripeProblem.Invalid("This invoice is already finalized.");
        invoice["status"] = "open";
        invoice["number"] ??= $"FAKE-{objects.All("invoice").Count(i => (string?)i["status"] != "draft"):D4}";
        invoice["amount_remaining"] = invoice["amount_due"]!.DeepClone();
        invoice["hosted_invoice_url"] = $"{baseUrl()}/hosted/invoice/{invoice["id"]}";
        invoice["status_transitions"]!["finalized_at"] = objects.Now;
        events.Emit("invoice.finalized", invoice);
        return invoice;
    }
}
