using System.Text.Json.Nodes;
using CareMatch.FakeStripe.Http;
using CareMatch.FakeStripe.State;

namespace CareMatch.FakeStripe.Resources;

public sealed class Customers(StripeObjects objects)
{
    public void Map(RouteTable routes)
    {
        routes.Add("POST", "customers", (call, _) => objects.Add("cus", "customer", new JsonObject
        {
            ["email"] = call.Text("email"),
            ["name"] = call.Text("name"),
            ["metadata"] = call.Parameters["metadata"]?.DeepClone() ?? new JsonObject(),
            ["invoice_settings"] = new JsonObject { ["default_payment_method"] = null },
        }));
        routes.Add("GET", "customers/{id}", (_, id) => objects.Get("customer", id!));
    }
}
