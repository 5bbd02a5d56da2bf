using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CareMatch.FakeStripe.Hosted;
using CareMatch.FakeStripe.Http;
using CareMatch.FakeStripe.Resources;
using CareMatch.FakeStripe.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareMatch.FakeStripe;

/// <summary>
/// Stripe's API on 127.0.0.1, for tests: point Stripe.net's <c>apiBase</c> at <see cref="Url"/>.
/// One request is served at a time (Stripe's own answers are per object; one lock keeps the fake
/// simple and its state consistent), every request is recorded, idempotency keys are honoured,
/// and <see cref="FailNext"/> makes the next matching call fail before or after it acts.
/// </summary>
public sealed class FakeStripeServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RouteTable _routes = new();
    private readonly IdempotencyCache _idempotency = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<Failure> _failures = [];
    private readonly Lock _gate = new();

    private FakeStripeServer(string apiVersion, string webhookSecret)
    {
        Objects = new StripeObjects();
        Events = new EventLog(Objects, apiVersion);
        Balance = new Balance(Objects);
        Signer = new WebhookSigner(webhookSecret);
        Accounts = new Accounts(Objects, Events);
        Cards = new Cards(Objects, Events, () => Url);
        Invoices = new Invoices(Objects, Events, Balance, () => Url);
        Accounts.Map(_routes);
        new AccountLinks(Objects, () => Url).Map(_routes);
        new Customers(Objects).Map(_routes);
        Cards.Map(_routes);
        new PaymentIntents(Objects, Events, Balance).Map(_routes);
        new Transfers(Objects, Events, Balance).Map(_routes);
        new BalanceTransactions(Objects).Map(_routes);
        Invoices.Map(_routes);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Map("/v1/{**path}", Serve);
        new HostedPages(this).Map(_app);
    }

    public string Url { get; private set; } = "";

    public StripeObjects Objects { get; }

    public EventLog Events { get; }

    public Balance Balance { get; }

    public WebhookSigner Signer { get; }

    public Accounts Accounts { get; }

    public Cards Cards { get; }

    public Invoices Invoices { get; }

    /// <summary>Where the hosted pages deliver the events they cause, signed; unset, events only collect in <see cref="Events"/>.</summary>
    public string? WebhookUrl { get; set; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_gate) return _requests.ToList(); }
    }

    public static async Task<FakeStripeServer> StartAsync(string apiVersion, string webhookSecret = "whsec_fake_for_tests")
    {
        var server = new FakeStripeServer(apiVersion, webhookSecret);
        await server._app.StartAsync();
        var addresses = server._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        server.Url = addresses.Addresses.Single().TrimEnd('/');
        return server;
    }

    public void FailNext(string method, string pathStart, FailureTiming timing, int status = 500)
    {
        lock (_gate) _failures.Add(new Failure(method, pathStart, timing, status));
    }

    /// <summary>Runs a change to the fake's state (a test's "Stripe did this") under the same lock as requests.</summary>
    public T Change<T>(Func<T> change)
    {
        lock (_gate) return change();
    }

    /// <summary>An event as Stripe would post it: the payload and its Stripe-Signature header.</summary>
    public (string Payload, string Signature) Signed(JsonObject stripeEvent, DateTimeOffset? at = null)
    {
        var payload = stripeEvent.ToJsonString();
        return (payload, Signer.Header(payload, at ?? DateTimeOffset.UtcNow));
    }

    public async Task DeliverAsync(JsonObject stripeEvent)
    {
        if (WebhookUrl is null) return;
        var (payload, signature) = Signed(stripeEvent);
        using var http = new HttpClient();
        using var content = new StringContent(payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        content.Headers.Add("Stripe-Signature", signature);
        using var response = await http.PostAsync(WebhookUrl, content);
    }

    private async Task Serve(HttpContext context, string? path)
    {
        var parameters = context.Request.HasFormContentType
            ? StripeForm.Parse((await context.Request.ReadFormAsync()).Select(f => KeyValuePair.Create(f.Key, f.Value.ToString())))
            : StripeForm.Parse(context.Request.Query.Select(q => KeyValuePair.Create(q.Key, q.Value.ToString())));
        var call = new StripeCall(
            context.Request.Method,
            (path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries),
            parameters,
            context.Request.Headers["Idempotency-Key"].FirstOrDefault(),
            context.Request.Headers["Stripe-Account"].FirstOrDefault());

        var (status, body) = context.Request.Headers.Authorization.Count == 0
            ? (401, new StripeProblem(401, "invalid_request_error", null, "You did not provide an API key.").Body())
            : Answer(call);
        context.Response.StatusCode = status;
        context.Response.Headers["Request-Id"] = $"req_fake{Guid.NewGuid():N}"[..20];
        await context.Response.WriteAsync(body.ToJsonString(), Encoding.UTF8);
    }

    private (int Status, JsonObject Body) Answer(StripeCall call)
    {
        lock (_gate)
        {
            var failure = _failures.FirstOrDefault(f => f.Matches(call));
            if (failure is not null) _failures.Remove(failure);
            var (status, body) = failure?.Timing == FailureTiming.BeforeActing
                ? (failure.Status, new StripeProblem(failure.Status, "api_error", null, "The fake failed on purpose, before acting.").Body())
                : _idempotency.Replay(call) ?? Act(call);
            if (failure?.Timing == FailureTiming.AfterActing)
            {
                (status, body) = (failure.Status, new StripeProblem(failure.Status, "api_error", null, "The fake acted, then failed on purpose.").Body());
            }
            _requests.Add(new RecordedRequest(call.Method, string.Join('/', call.Path), call.Parameters, call.IdempotencyKey, call.StripeAccount, status));
            return (status, body);
        }
    }

    private (int Status, JsonObject Body) Act(StripeCall call)
    {
        var route = _routes.Match(call.Method, call.Path);
        (int, JsonObject) answer;
        try
        {
            answer = route is null
                ? (404, new StripeProblem(404, "invalid_request_error", null, $"Unrecognized request URL ({call.Method}: /v1/{string.Join('/', call.Path)}).").Body())
                : (200, (JsonObject)route(call).DeepClone());
        }
        catch (StripeProblem problem)
        {
            answer = (problem.Status, problem.Body());
        }
        catch (Exception bug)
        {
            // A fault in the fake itself: say so plainly instead of an empty 500.
            answer = (500, new StripeProblem(500, "api_error", "fake_stripe_fault", bug.ToString()).Body());
        }
        _idempotency.Remember(call, answer.Item1, answer.Item2);
        return answer;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
