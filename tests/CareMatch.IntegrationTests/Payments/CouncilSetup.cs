using System.Globalization;
using System.Net;
using CareMatch.Commissioning.Persistence;
using CareMatch.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Payments;

/// <summary>A council with its commissioner, set up through the admin's pages, and a personal budget offered through the commissioner's.</summary>
internal static class CouncilSetup
{
    public const string CommissionerPassword = "commissioning passphrase";

    public sealed record Commissioner(string Email, HttpClient Client);

    /// <summary>A council on a district no other council has, and its invited commissioner, signed in.</summary>
    public static async Task<Commissioner> CommissionerOfNewCouncilAsync(this CareMatchAppFactory factory)
    {
        var admin = await factory.AdminAsync();
        var name = $"Council {Guid.NewGuid():N}";
        var district = await factory.InScopeAsync(async services =>
        {
            var taken = await services.GetRequiredService<CommissioningDbContext>().CouncilDistricts.Select(d => d.District).ToListAsync();
            // Real districts no test names otherwise (Halifax, Huddersfield, Wakefield): 33 councils for one test host.
            return new[] { ("HX", 7), ("HD", 9), ("WF", 17) }.SelectMany(area => Enumerable.Range(1, area.Item2).Select(n => $"{area.Item1}{n}")).First(d => !taken.Contains(d));
        });
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/Admin/Councils/Create", new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Districts"] = district })).StatusCode);
        var councilId = await factory.InScopeAsync(services => services.GetRequiredService<CommissioningDbContext>().Councils.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());
        var email = AppScope.UniqueEmail("commissioner");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/Admin/Councils/Invite?councilId={councilId}", new Dictionary<string, string> { ["Input.Email"] = email })).StatusCode);
        await factory.DrainOutboxAsync();
        var accepted = await factory.CreateBrowserLikeClient().SubmitAsync(factory.LinkInLatestEmailTo(email), new Dictionary<string, string> { ["Input.Password"] = CommissionerPassword });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        await factory.DrainOutboxAsync();
        return new Commissioner(email, await factory.SignedInAsync(email, CommissionerPassword));
    }

    public static Task<HttpResponseMessage> OfferBudgetAsync(Commissioner commissioner, string email, string caseReference, string amount, DateOnly? startsOn, DateOnly? endsOn)
    {
        var fields = new Dictionary<string, string> { ["Input.SeekerEmail"] = email, ["Input.CaseReference"] = caseReference, ["Input.AmountPerPeriod"] = amount };
        foreach (var (name, date) in new[] { ("StartsOn", startsOn), ("EndsOn", endsOn) })
        {
            fields[$"Input.{name}.Day"] = date?.Day.ToString(CultureInfo.InvariantCulture) ?? "";
            fields[$"Input.{name}.Month"] = date?.Month.ToString(CultureInfo.InvariantCulture) ?? "";
            fields[$"Input.{name}.Year"] = date?.Year.ToString(CultureInfo.InvariantCulture) ?? "";
        }
        return commissioner.Client.SubmitAsync("/Commissioner/Budgets/New", fields);
    }

    /// <summary>The seeker agrees on their budget page to the budget offered under this case reference.</summary>
    public static async Task AgreeToBudgetAsync(this CareMatchAppFactory factory, HttpClient seeker, string caseReference)
    {
        var budgetId = await factory.InScopeAsync(services => services.GetRequiredService<CareMatch.Payments.Persistence.PaymentsDbContext>()
            .PersonalBudgets.Where(b => b.CaseReference == caseReference).Select(b => b.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await seeker.SubmitAsync($"/Seeker/Budget?budgetId={budgetId}&agree=true", new Dictionary<string, string>(), handler: "Answer")).StatusCode);
    }
}
