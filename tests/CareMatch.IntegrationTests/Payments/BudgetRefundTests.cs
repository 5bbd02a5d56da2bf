using System.Net;
using System.Text;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Security;
using CareMatch.Payments.Budgets;
using CareMatch.Payments.Ledger;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Payments;

/// <summary>
/// An admin refunds part of a visit paid from a personal budget: the money goes back to the budget
/// (spent falls for the seeker and the council), comes off the council's next invoice as a refund
/// line, and, the carer being at fault, their share of it is taken back; the books stay balanced.
/// </summary>
public sealed class BudgetRefundTests(TimeControlledAppFactory factory) : IClassFixture<TimeControlledAppFactory>
{
    [Fact]
    public async Task A_refund_on_a_funded_visit_goes_back_to_the_budget_and_off_the_next_invoice()
    {
        var booked = await factory.BookedAsync("Dementia", withCard: false);
        var visit = booked.Visits[0];
        var commissioner = await factory.CommissionerOfNewCouncilAsync();
        var today = DateOnly.FromDateTime(UkCalendar.ToUkTime(factory.Time.GetUtcNow()).DateTime);
        Assert.Equal(HttpStatusCode.Redirect, (await CouncilSetup.OfferBudgetAsync(commissioner, booked.SeekerEmail, "LCC-REFUND", "480", today, today.AddYears(1))).StatusCode);
        await factory.AgreeToBudgetAsync(await factory.SignedInAsync(booked.SeekerEmail), "LCC-REFUND");
        await factory.MoveToAsync(visit.StartsAt.AddHours(-47), booked);
        await factory.RunVisitMoneyTaskAsync();
        await factory.GivenAndApprovedAsync(booked, visit, minutes: 60);
        await factory.RunVisitMoneyTaskAsync();
        var drawn = (await factory.VisitPaymentAsync(visit.Id)).Charge!.SeekerPaysPence;

        var admin = await factory.AdminAsync();
        var refunded = await admin.SubmitAsync($"/Admin/Payments/Visit/{visit.Id}", new Dictionary<string, string>
        {
            ["Input.Amount"] = "5.00", ["Input.Reason"] = "Carer left early", ["Input.CarerAtFault"] = "true",
        }, handler: "Refund");
        Assert.Equal(HttpStatusCode.Redirect, refunded.StatusCode);

        var payment = await factory.VisitPaymentAsync(visit.Id);
        Assert.Equal(500, payment.RefundedPence);
        Assert.True(payment.ReversedPence > 0, "the carer at fault gives back their share of the refund");
        var lines = await factory.VisitLedgerAsync(visit.Id);
        Assert.All(lines.GroupBy(l => l.EntryId), entry => Assert.Equal(0, entry.Sum(l => l.Pence)));
        Assert.Equal(drawn - 500, lines.Where(l => l.Account == LedgerAccount.CouncilUninvoiced).Sum(l => l.Pence));
        var seeker = await factory.SignedInAsync(booked.SeekerEmail);
        Assert.Contains($"data-testid=\"budget-spent\">{new Money(drawn - 500)}<", WebUtility.HtmlDecode(await seeker.GetStringAsync("/Seeker/Budget")), StringComparison.Ordinal);
        Assert.Contains("Given back to your budget", await seeker.GetStringAsync($"/Seeker/Payments/{visit.Id}"), StringComparison.Ordinal);

        var ukDay = DateOnly.FromDateTime(UkCalendar.ToUkTime(factory.Time.GetUtcNow()).DateTime);
        var firstOfNextMonth = new DateOnly(ukDay.Year, ukDay.Month, 1).AddMonths(1);
        factory.Time.Advance(UkCalendar.ToInstant(firstOfNextMonth, new TimeOnly(6, 0)) - factory.Time.GetUtcNow());
        await factory.RunScheduledTaskAsync(CouncilInvoiceTask.JobId);

        var invoice = await factory.InScopeAsync(services => services.GetRequiredService<PaymentsDbContext>().CouncilInvoices.AsNoTracking()
            .SingleAsync());
        Assert.Equal(drawn - 500, invoice.TotalPence);
        var council = await factory.SignedInAsync(commissioner.Email, CouncilSetup.CommissionerPassword);
        var csv = Encoding.UTF8.GetString(await council.GetByteArrayAsync($"/Commissioner/Budgets/Invoice/{invoice.Number}")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(csv, row => row.Contains(",Refund,", StringComparison.Ordinal) && row.EndsWith(",-5.00", StringComparison.Ordinal));
        Assert.Contains(csv, row => row.Contains(",Visit,", StringComparison.Ordinal) && row.EndsWith(FormattableString.Invariant($",{drawn / 100m:0.00}"), StringComparison.Ordinal));
        Assert.EndsWith(FormattableString.Invariant($",{(drawn - 500) / 100m:0.00}"), csv[^1], StringComparison.Ordinal);
    }
}
