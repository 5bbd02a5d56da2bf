using System.Net;
using CareMatch.IntegrationTests.Bookings;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.Payments.Budgets;
using CareMatch.Payments.Ledger;
using CareMatch.Payments.Persistence;
using CareMatch.Payments.Reconciliation;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Payments;

/// <summary>
/// A month of money through the pages, Stripe.net and the fake Stripe: three weekly bookings, one
/// paid from a council budget; visits given and approved, a late cancellation, a refund with the
/// carer at fault; Stripe's fees. At the end the books, the fake Stripe's balance, the nightly
/// reconciliation and the council's invoice agree to the penny.
/// </summary>
public sealed class MonthOfMoneyTests(ClockedSqliteWithStripeFactory factory) : IClassFixture<ClockedSqliteWithStripeFactory>
{
    private const int Weeks = 4;

    [Fact]
    public async Task After_a_month_the_books_Stripe_and_the_council_invoice_agree_to_the_penny()
    {
        factory.Stripe.Change(() => factory.Stripe.Balance.ProcessingFee = amount => 20 + amount * 15 / 1000);
        var byCard = await factory.BookedAsync("Epilepsy", withCard: true);
        var cancelling = await factory.BookedAsync("Parkinsons", withCard: true);
        var funded = await factory.BookedAsync("StomaCare", withCard: false);
        var commissioner = await factory.CommissionerOfNewCouncilAsync();
        var today = DateOnly.FromDateTime(UkCalendar.ToUkTime(factory.Time.GetUtcNow()).DateTime);
        Assert.Equal(HttpStatusCode.Redirect, (await CouncilSetup.OfferBudgetAsync(commissioner, funded.SeekerEmail, "LCC-MONTH", "2000", today, today.AddYears(1))).StatusCode);
        await factory.AgreeToBudgetAsync(await factory.SignedInAsync(funded.SeekerEmail), "LCC-MONTH");
        var admin = await factory.AdminAsync();

        for (var week = 0; week < Weeks; week++)
        {
            // Bookings keeps visits four weeks ahead, topped up daily.
            await factory.RunScheduledTaskAsync("bookings-visit-horizon");
            (byCard, cancelling, funded) = (await WithVisitsAsync(byCard), await WithVisitsAsync(cancelling), await WithVisitsAsync(funded));
            var start = byCard.Visits[week].StartsAt;
            Assert.All(new[] { cancelling, funded }, b => Assert.Equal(start, b.Visits[week].StartsAt));
            await factory.MoveToAsync(start.AddHours(-47), byCard);
            await factory.RunVisitMoneyTaskAsync();
            var given = new List<VisitMoney.Booked> { byCard, funded };
            if (week == 1)
            {
                var (_, seeker) = await factory.MoveToAsync(start.AddHours(-24), cancelling);
                await seeker.VisitActionAsync(cancelling.Visits[week].Id, "Cancel", new Dictionary<string, string> { ["Input.Reason"] = "Hospital appointment" });
                await factory.DrainOutboxAsync();
            }
            else
            {
                given.Add(cancelling);
            }

            await GiveAllAsync(given, week, start);
            await factory.RunVisitMoneyTaskAsync();
            if (week == 2)
            {
                admin = await factory.AdminAsync();
                var refunded = await admin.SubmitAsync($"/Admin/Payments/Visit/{cancelling.Visits[week].Id}", new Dictionary<string, string>
                {
                    ["Input.Amount"] = "3.00", ["Input.Reason"] = "Left 20 minutes early", ["Input.CarerAtFault"] = "true",
                }, handler: "Refund");
                Assert.Equal(HttpStatusCode.Redirect, refunded.StatusCode);
            }
        }

        var last = byCard.Visits[Weeks - 1].StartsAt;
        var ukLast = DateOnly.FromDateTime(UkCalendar.ToUkTime(last).DateTime);
        var firstOfNextMonth = new DateOnly(ukLast.Year, ukLast.Month, 1).AddMonths(1);
        factory.Time.Advance(UkCalendar.ToInstant(firstOfNextMonth, new TimeOnly(6, 0)) - factory.Time.GetUtcNow());
        await factory.RunScheduledTaskAsync(LedgerReconciliationTask.JobId);
        await factory.RunScheduledTaskAsync(CouncilInvoiceTask.JobId);

        var visits = new[] { byCard, cancelling, funded }.SelectMany(b => b.Visits.Take(Weeks)).Select(v => v.Id.ToString()).ToHashSet();
        var (lines, draws, invoices, differences) = await factory.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<PaymentsDbContext>();
            return (await db.LedgerLines.AsNoTracking().ToListAsync(), await db.BudgetDraws.AsNoTracking().ToListAsync(),
                    await db.CouncilInvoices.AsNoTracking().ToListAsync(), await db.ReconciliationDifferences.AsNoTracking().ToListAsync());
        });

        Assert.Empty(differences);
        Assert.All(lines.GroupBy(l => l.EntryId), entry => Assert.Equal(0, entry.Sum(l => l.Pence)));
        Assert.Equal(factory.Stripe.Change(() => factory.Stripe.Balance.Available), lines.Where(l => l.Account == LedgerAccount.StripeBalance).Sum(l => l.Pence));
        Assert.Equal(0, lines.Where(l => l.Account == LedgerAccount.CarerPayable).Sum(l => l.Pence));
        Assert.Equal(0, lines.Where(l => l.Account is LedgerAccount.CardHolds or LedgerAccount.HoldsOutstanding && visits.Contains(l.Reference)).Sum(l => l.Pence));
        Assert.Equal(Weeks, draws.Count);
        var invoice = Assert.Single(invoices);
        Assert.Equal(draws.Sum(d => d.Pence), invoice.TotalPence);
        Assert.Equal(invoice.TotalPence, lines.Where(l => l.Account == LedgerAccount.CouncilInvoiced).Sum(l => l.Pence));
        Assert.Equal(0, lines.Where(l => l.Account == LedgerAccount.CouncilUninvoiced).Sum(l => l.Pence));
        Assert.Equal(300, lines.Where(l => l.Account == LedgerAccount.Refunds).Sum(l => l.Pence));
        Assert.True(lines.Where(l => l.Account == LedgerAccount.CarerRecoveries).Sum(l => l.Pence) < 0);
        Assert.Contains(lines, l => l.Kind == JournalKind.Capture && l.Reference == cancelling.Visits[1].Id.ToString());
    }

    /// <summary>Every carer checks in on time, gives an hour, checks out; every seeker approves.</summary>
    private async Task GiveAllAsync(List<VisitMoney.Booked> bookings, int week, DateTimeOffset start)
    {
        factory.Time.Advance(start.AddMinutes(-5) - factory.Time.GetUtcNow());
        var people = new List<(VisitMoney.Booked Booked, HttpClient Carer, HttpClient Seeker)>();
        foreach (var booked in bookings) people.Add((booked, await factory.SignedInAsync(booked.CarerEmail), await factory.SignedInAsync(booked.SeekerEmail)));
        foreach (var (booked, carer, _) in people) Assert.Equal(HttpStatusCode.Redirect, (await carer.VisitActionAsync(booked.Visits[week].Id, "CheckIn")).StatusCode);
        factory.Time.Advance(TimeSpan.FromMinutes(60));
        foreach (var (booked, carer, _) in people) Assert.Equal(HttpStatusCode.Redirect, (await carer.VisitActionAsync(booked.Visits[week].Id, "CheckOut")).StatusCode);
        foreach (var (booked, _, seeker) in people) Assert.Equal(HttpStatusCode.Redirect, (await seeker.VisitActionAsync(booked.Visits[week].Id, "Approve")).StatusCode);
        await factory.DrainOutboxAsync();
    }

    private async Task<VisitMoney.Booked> WithVisitsAsync(VisitMoney.Booked booked) => booked with
    {
        Visits = await factory.InScopeAsync(services => services.GetRequiredService<CareMatch.Bookings.Persistence.BookingsDbContext>().Visits.AsNoTracking()
            .Where(v => v.BookingId == booked.BookingId).OrderBy(v => v.StartsAt).ToListAsync()),
    };
}
