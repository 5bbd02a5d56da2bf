using System.Diagnostics;
using System.Text.Json.Nodes;
using CareMatch.Bookings.Contracts;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.Payments.Contracts;
using CareMatch.Payments.Gateway;
using CareMatch.Payments.Ledger;
using CareMatch.Payments.Payouts;
using CareMatch.Payments.Persistence;
using CareMatch.Payments.Pricing;
using CareMatch.Payments.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CareMatch.IntegrationTests.Payments;

/// <summary>
/// 1,000 approved visits waiting for their carer's transfer, paid by a separate worker process
/// (<c>run-task payments-visit-money</c>) that is killed with SIGKILL ten times mid-run, on
/// PostgreSQL, against the fake Stripe: every payout completes, Stripe holds exactly 1,000
/// transfers (a repeated call finds its key's answer), and the books balance.
/// </summary>
public sealed class PayoutCrashTests(PostgresWithStripeFactory factory, ITestOutputHelper output) : IClassFixture<PostgresWithStripeFactory>
{
    private const int Payouts = 1_000;
    private const int Kills = 10;

    [Fact]
    public async Task A_thousand_payouts_survive_ten_kills_of_the_worker_with_one_transfer_each_and_balanced_books()
    {
        var started = Stopwatch.StartNew();
        await SeedApprovedVisitsAsync();

        var kills = 0;
        var runs = 0;
        while (kills < Kills && await PaidAsync() < Payouts)
        {
            var before = await PaidAsync();
            using var worker = StartWorker();
            runs++;
            // Let it move some money, then kill it wherever it is: between Stripe's answer and our save, or anywhere else.
            while (!worker.HasExited && await PaidAsync() < before + 30) await Task.Delay(20);
            if (worker.HasExited) continue;
            worker.Kill(entireProcessTree: true);
            await worker.WaitForExitAsync();
            kills++;
        }
        for (var attempt = 0; attempt < 5 && await PaidAsync() < Payouts; attempt++)
        {
            using var worker = StartWorker();
            runs++;
            await worker.WaitForExitAsync();
            Assert.Equal(0, worker.ExitCode);
        }

        var repeated = factory.Stripe.Change(() => factory.Stripe.Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("transfers", StringComparison.Ordinal))
            .GroupBy(r => r.IdempotencyKey).Count(g => g.Count() > 1));
        output.WriteLine($"{Payouts} payouts, {kills} kills, {runs} worker runs, {repeated} transfers asked again with their key after a kill, {started.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(Kills, kills);
        Assert.Equal(Payouts, await PaidAsync());
        var transfers = factory.Stripe.Change(() => factory.Stripe.Objects.All("transfer").Select(t => (string)t["transfer_group"]!).ToList());
        Assert.Equal(Payouts, transfers.Count);
        Assert.Equal(Payouts, transfers.Distinct(StringComparer.Ordinal).Count());
        var lines = await factory.InScopeAsync(services => services.GetRequiredService<PaymentsDbContext>().LedgerLines.AsNoTracking().ToListAsync());
        Assert.All(lines.GroupBy(l => l.EntryId), entry => Assert.Equal(0, entry.Sum(l => l.Pence)));
        Assert.Equal(0, lines.Where(l => l.Account == LedgerAccount.CarerPayable).Sum(l => l.Pence));
        Assert.Equal(Payouts, lines.Where(l => l.Kind == JournalKind.Transfer).Select(l => l.EntryId).Distinct().Count());
    }

    /// <summary>One carer onboarded at the fake Stripe, and 1,000 visits held, approved and captured there, their carer not yet paid.</summary>
    private async Task SeedApprovedVisitsAsync()
    {
        var stripe = factory.Stripe;
        var account = stripe.Change(() => stripe.Objects.Add("acct", "account", new JsonObject { ["payouts_enabled"] = true, ["charges_enabled"] = true }))["id"]!.GetValue<string>();
        var fees = new FeeSettings();
        var charge = CarePricing.ForCare(2_000, new QuarterHours(4), fees);
        var carerProfileId = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        await factory.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<PaymentsDbContext>();
            var payoutAccount = PayoutAccount.Open(carerProfileId, "crash-test-carer", account, simulated: false);
            payoutAccount.Apply(new PayoutAccountState(account, true, [], new PayoutSchedule(PayoutInterval.Daily, 2)), now);
            db.PayoutAccounts.Add(payoutAccount);
            for (var i = 0; i < Payouts; i++)
            {
                var visit = new VisitForPayment(Guid.NewGuid(), Guid.NewGuid(), carerProfileId, "crash-test-seeker", 2_000,
                    now.AddDays(-2), now.AddDays(-2).AddHours(1), VisitStatus.Completed, now.AddDays(-2), now.AddDays(-2).AddHours(1), true, null, false);
                var chargeId = stripe.Change(() => stripe.Objects.Add("ch", "charge", new JsonObject
                {
                    ["amount"] = charge.SeekerPaysPence, ["amount_captured"] = charge.SeekerPaysPence, ["amount_refunded"] = 0L, ["captured"] = true,
                }))["id"]!.GetValue<string>();
                var payment = VisitPayment.For(visit, "crash-test-carer", now);
                payment.Decide(charge, ChargeKind.CareGiven, now);
                var entries = payment.Held($"pi_crash_{i}", charge.SeekerPaysPence, now).Concat(payment.Captured(chargeId, now));
                db.VisitPayments.Add(payment);
                db.LedgerLines.AddRange(entries.SelectMany(e => LedgerLine.Of(e, now)));
            }
            await db.SaveChangesAsync();
        });
    }

    private Process StartWorker()
    {
        var connection = factory.Services.GetConnectionString();
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, "run-task", VisitMoneyTask.JobId])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Database__Provider"] = "PostgreSql";
        start.Environment["Database__ConnectionString"] = connection;
        start.Environment["Hangfire__ServerEnabled"] = "false";
        start.Environment["Demo__SeedOnStart"] = "false";
        start.Environment["App__PublicUrl"] = "https://localhost";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Email__PickupFolder"] = Directory.CreateTempSubdirectory("carematch-worker-mail-").FullName;
        start.Environment["Payments__Stripe__SecretKey"] = "sk_test_integration";
        start.Environment["Payments__Stripe__WebhookSecret"] = FakeStripeConnection.WebhookSecret;
        start.Environment["Payments__Stripe__ApiBase"] = factory.Stripe.Url;
        var worker = Process.Start(start)!;
        worker.OutputDataReceived += (_, _) => { };
        worker.ErrorDataReceived += (_, line) => { if (line.Data is { Length: > 0 } text) output.WriteLine($"worker: {text}"); };
        worker.BeginOutputReadLine();
        worker.BeginErrorReadLine();
        return worker;
    }

    private Task<int> PaidAsync() => factory.InScopeAsync(services =>
        services.GetRequiredService<PaymentsDbContext>().VisitPayments.CountAsync(p => p.TransferId != null));
}
