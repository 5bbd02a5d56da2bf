using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CareMatch.Accounts.Contracts;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Providers;

/// <summary>A carer the way the product makes one: signed up, profile filled in and checks sent, all through the pages.</summary>
public sealed record TestCarer(string Email, string UserId, Guid ProfileId, HttpClient Client);

public static partial class CarerSetup
{
    public const string HomePostcode = "LS6 2AB";
    public const string HomeSector = "LS6 2";

    public static async Task<TestCarer> NewCarerAsync(this CareMatchAppFactory factory)
    {
        var (email, userId) = await factory.RegisterAsync(AccountRoles.Carer);
        await factory.DrainOutboxAsync();
        var client = await factory.SignedInAsync(email);
        var profileId = await factory.InScopeAsync(services => services.GetRequiredService<ProvidersDbContext>()
            .CarerProfiles.Where(p => p.UserId == userId).Select(p => p.Id).SingleAsync());
        return new TestCarer(email, userId, profileId, client);
    }

    public static Dictionary<string, string> GoodDetails() => new()
    {
        ["Input.Bio"] = "Ten years of home care, mostly older people living with dementia.",
        ["Input.TravelRadiusKm"] = "15",
        ["Input.CareTypes"] = "PersonalCare",
        ["Input.Skills"] = "MovingAndHandling",
        ["Input.Qualifications"] = "NVQ Level 3 in Health and Social Care",
        ["Input.Languages"] = "English, punjabi",
        ["Input.Gender"] = "Female",
        ["Input.Drives"] = "true",
        ["Input.HourlyRate"] = "18.50",
    };

    /// <summary>Name, home, details and availability: everything but the checks.</summary>
    public static async Task<TestCarer> CarerWithProfileAsync(this CareMatchAppFactory factory)
    {
        var carer = await factory.NewCarerAsync();
        await Ok(carer.Client.SubmitAsync("/Carer/Profile", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Samira Q.",
            ["Input.HomePostcode"] = HomePostcode,
        }));
        await Ok(carer.Client.SubmitAsync("/Carer/Details", GoodDetails()));
        await Ok(carer.Client.SubmitAsync("/Carer/Availability", new Dictionary<string, string>
        {
            ["Input.Slots[0].Day"] = "Monday",
            ["Input.Slots[0].Start"] = "09:00",
            ["Input.Slots[0].End"] = "13:00",
        }));
        return carer;
    }

    /// <summary>The five checks, each with a small PDF. Insurance and DBS dates can be chosen to test expiry.</summary>
    public static async Task SubmitAllCredentialsAsync(
        this TestCarer carer, DateOnly? insuranceExpires = null, DateOnly? dbsIssued = null, bool dbsOnUpdateService = true)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var issued = dbsIssued ?? today.AddYears(-1);
        var expires = insuranceExpires ?? today.AddYears(1);
        var dbs = new Dictionary<string, string>
        {
            ["Input.CertificateNumber"] = "001234567890",
            ["Input.IssuedOn.Day"] = issued.Day.ToString(CultureInfo.InvariantCulture),
            ["Input.IssuedOn.Month"] = issued.Month.ToString(CultureInfo.InvariantCulture),
            ["Input.IssuedOn.Year"] = issued.Year.ToString(CultureInfo.InvariantCulture),
        };
        if (dbsOnUpdateService) dbs["Input.OnUpdateService"] = "true";
        await carer.SubmitCredentialAsync(CredentialKind.EnhancedDbs, dbs);
        await carer.SubmitCredentialAsync(CredentialKind.RightToWork, new Dictionary<string, string>());
        await carer.SubmitCredentialAsync(CredentialKind.PublicLiabilityInsurance, new Dictionary<string, string>
        {
            ["Input.ExpiresOn.Day"] = expires.Day.ToString(CultureInfo.InvariantCulture),
            ["Input.ExpiresOn.Month"] = expires.Month.ToString(CultureInfo.InvariantCulture),
            ["Input.ExpiresOn.Year"] = expires.Year.ToString(CultureInfo.InvariantCulture),
        });
        await carer.SubmitCredentialAsync(CredentialKind.FirstReference, new Dictionary<string, string> { ["Input.RefereeName"] = "Pat Jones" });
        await carer.SubmitCredentialAsync(CredentialKind.SecondReference, new Dictionary<string, string> { ["Input.RefereeName"] = "Chris Lee" });
    }

    public static async Task SubmitCredentialAsync(this TestCarer carer, CredentialKind kind, IDictionary<string, string> fields) =>
        await Ok(carer.Client.UploadAsync($"/Carer/Credentials/Submit/{kind}", fields, "Input.Evidence", "evidence.pdf", SampleFiles.Pdf, "application/pdf"));

    /// <summary>An admin verifies every check waiting on the carer's review page.</summary>
    public static async Task VerifyAllAsync(this CareMatchAppFactory factory, Guid profileId)
    {
        var admin = await factory.AdminAsync();
        var review = $"/Admin/Carers/Review/{profileId}";
        var ids = CredentialIdsToVerify().Matches(await admin.GetStringAsync(review)).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(5, ids.Count);
        foreach (var id in ids)
        {
            await Ok(admin.SubmitAsync(review, new Dictionary<string, string> { ["credentialId"] = id }, handler: "Verify"));
        }
    }

    /// <summary>
    /// Payouts set up the way a carer does it: "Set up payouts", then the test onboarding page, or
    /// with Stripe keys (the fake Stripe) Stripe's onboarding finished and the way back to our page.
    /// Providers hears of it through the outbox.
    /// </summary>
    public static async Task SetUpPayoutsAsync(this CareMatchAppFactory factory, TestCarer carer)
    {
        var start = await carer.Client.SubmitAsync("/Carer/Payouts", new Dictionary<string, string>());
        await Ok(Task.FromResult(start));
        if (factory is Payments.IStripeConnectedFactory { Stripe: var stripe })
        {
            stripe.Change(() => stripe.Accounts.FinishOnboarding(start.Headers.Location!.Segments[^1]));
            await Ok(carer.Client.GetAsync("/Carer/Payouts/Return"));
        }
        else
        {
            await Ok(carer.Client.SubmitAsync("/Carer/Payouts/Test", new Dictionary<string, string>()));
        }
        await factory.DrainOutboxAsync();
    }

    /// <summary>A carer who can be paid and whom an admin has verified: bookable.</summary>
    public static async Task<TestCarer> BookableCarerAsync(
        this CareMatchAppFactory factory, DateOnly? insuranceExpires = null, DateOnly? dbsIssued = null, bool dbsOnUpdateService = true)
    {
        var carer = await factory.CarerWithProfileAsync();
        await factory.SetUpPayoutsAsync(carer);
        await carer.SubmitAllCredentialsAsync(insuranceExpires, dbsIssued, dbsOnUpdateService);
        await factory.VerifyAllAsync(carer.ProfileId);
        return carer;
    }

    private static async Task Ok(Task<HttpResponseMessage> post)
    {
        var response = await post;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Expected a redirect, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [GeneratedRegex("name=\"credentialId\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex CredentialIdsToVerify();
}
