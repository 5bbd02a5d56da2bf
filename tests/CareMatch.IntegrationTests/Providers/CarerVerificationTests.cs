using System.Net;
using CareMatch.Accounts.Contracts;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Persistence;
using CareMatch.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Providers;

/// <summary>
/// An admin verifies a carer's checks, and only then can seekers see them: their public
/// details, the sector, never the home postcode or any evidence.
/// </summary>
public abstract class CarerVerificationTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    [Fact]
    public async Task A_carer_with_every_check_verified_is_bookable_and_seekers_see_their_public_profile_only()
    {
        var carer = await factory.CarerWithProfileAsync();
        await factory.SetUpPayoutsAsync(carer);
        await carer.SubmitAllCredentialsAsync();
        Assert.False(await IsBookableAsync(carer.ProfileId));
        var seeker = await SeekerAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await seeker.GetAsync($"/Carers/{carer.ProfileId}")).StatusCode);

        var admin = await factory.AdminAsync();
        var waiting = await admin.GetStringAsync("/Admin/Carers");
        Assert.Contains($"/Admin/Carers/Review/{carer.ProfileId}", waiting);
        await factory.VerifyAllAsync(carer.ProfileId);

        Assert.True(await IsBookableAsync(carer.ProfileId));
        Assert.DoesNotContain($"/Admin/Carers/Review/{carer.ProfileId}", await admin.GetStringAsync("/Admin/Carers"));
        Assert.Contains("Bookable", await carer.Client.GetStringAsync("/Carer"));

        var page = await seeker.GetAsync($"/Carers/{carer.ProfileId}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("Samira Q.", html);
        Assert.Contains(CarerSetup.HomeSector, html);
        Assert.Contains("£18.50", html);
        Assert.Contains("Personal care", html);
        Assert.Contains("Punjabi", html);
        Assert.DoesNotContain(CarerSetup.HomePostcode, html);
        // Any spacing of the postcode; a bare "2AB" could turn up inside a random antiforgery token.
        Assert.DoesNotMatch(@"(?i)LS6\s*2AB", html);
        Assert.DoesNotContain("/Files/", html);
        Assert.DoesNotContain("001234567890", html);
        Assert.DoesNotContain(carer.Email, html);

        var verified = await OutboxPayloadsAsync(nameof(CarerVerified), carer.ProfileId);
        Assert.Single(verified);
    }

    [Fact]
    public async Task The_public_profile_gives_a_distance_from_a_reference_point_and_the_contract_query_the_same()
    {
        var carer = await factory.BookableCarerAsync();
        var seeker = await SeekerAsync();

        // Leeds city centre, a few km from LS6 2.
        var html = await seeker.GetStringAsync($"/Carers/{carer.ProfileId}?lat=53.7997&lon=-1.5492");
        Assert.Matches(@"LS6 2, \d+\.\d km away", html);

        var profile = await factory.AskAsModuleAsync(new GetPublicCarerProfile(carer.ProfileId, 53.7997, -1.5492));
        Assert.InRange(profile.DistanceKm!.Value, 1, 6);
        Assert.Equal(1850, profile.HourlyRatePence);
        var all = await factory.AskAsModuleAsync(new ListBookableCarers());
        Assert.Contains(all, p => p.ProfileId == carer.ProfileId);
    }

    [Fact]
    public async Task A_rejected_check_needs_a_reason_which_the_carer_sees_and_then_the_carer_is_not_bookable()
    {
        var carer = await factory.BookableCarerAsync();
        var admin = await factory.AdminAsync();
        var credentialId = await factory.InScopeAsync(services => services.GetRequiredService<ProvidersDbContext>().Credentials
            .Where(c => c.ProfileId == carer.ProfileId && c.Kind == CredentialKind.EnhancedDbs).Select(c => c.Id).SingleAsync());
        var reject = $"/Admin/Carers/Reject/{carer.ProfileId}/{credentialId}?kind=EnhancedDbs";

        var noReason = await admin.SubmitAsync(reject, new Dictionary<string, string> { ["Input.Reason"] = "" });
        await FieldErrors.AssertFieldErrorAsync(noReason, "Input.Reason", "Enter the reason, so the carer knows what to fix");
        Assert.True(await IsBookableAsync(carer.ProfileId));

        var rejected = await admin.SubmitAsync(reject, new Dictionary<string, string> { ["Input.Reason"] = "The certificate number does not match the scan" });
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);

        Assert.False(await IsBookableAsync(carer.ProfileId));
        Assert.Contains("The certificate number does not match the scan", await carer.Client.GetStringAsync("/Carer/Credentials"));
        Assert.Contains("The certificate number does not match the scan", await carer.Client.GetStringAsync("/Carer"));
        Assert.Single(await OutboxPayloadsAsync(nameof(CarerSuspended), carer.ProfileId));
        var seeker = await SeekerAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await seeker.GetAsync($"/Carers/{carer.ProfileId}")).StatusCode);
    }

    [Fact]
    public async Task An_admin_sees_the_home_postcode_and_the_evidence_and_no_one_else_can_open_the_review_pages()
    {
        var carer = await factory.CarerWithProfileAsync();
        await carer.SubmitAllCredentialsAsync();
        var admin = await factory.AdminAsync();

        var review = await admin.GetStringAsync($"/Admin/Carers/Review/{carer.ProfileId}");
        Assert.Contains(CarerSetup.HomePostcode, review);
        Assert.Contains("/Admin/Carers/Files/", review);
        Assert.Contains("001234567890", review);

        var other = await factory.NewCarerAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Client.GetAsync($"/Admin/Carers/Review/{carer.ProfileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Client.GetAsync("/Admin/Carers")).StatusCode);
        var seeker = await SeekerAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await seeker.GetAsync($"/Admin/Carers/Review/{carer.ProfileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Admin/Carers/Review/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task A_carer_sees_only_their_own_private_details_and_cannot_verify_their_own_checks()
    {
        var carer = await factory.CarerWithProfileAsync();
        await carer.SubmitAllCredentialsAsync();
        var other = await factory.NewCarerAsync();

        Assert.Contains(CarerSetup.HomePostcode, await carer.Client.GetStringAsync("/Carer/Profile"));
        foreach (var page in new[] { "/Carer", "/Carer/Profile", "/Carer/Details", "/Carer/Availability", "/Carer/Credentials" })
        {
            var html = await other.Client.GetStringAsync(page);
            Assert.DoesNotContain(CarerSetup.HomePostcode, html);
            Assert.DoesNotContain("Samira Q.", html);
            Assert.DoesNotContain("001234567890", html);
            Assert.DoesNotContain("Pat Jones", html);
        }
        var credentialId = await factory.InScopeAsync(services => services.GetRequiredService<ProvidersDbContext>().Credentials
            .Where(c => c.ProfileId == carer.ProfileId).Select(c => c.Id).FirstAsync());
        // With a valid antiforgery token of the carer's own, so only the role check stands in the way.
        Assert.Equal(HttpStatusCode.Forbidden, (await carer.Client.PostWithTokenFromAsync("/Carer/Details",
            $"/Admin/Carers/Review/{carer.ProfileId}?handler=Verify", new Dictionary<string, string> { ["credentialId"] = credentialId.ToString() })).StatusCode);
        var seeker = await SeekerAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await seeker.GetAsync("/Carer/Profile")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await carer.Client.GetAsync($"/Carers/{carer.ProfileId}")).StatusCode);
    }

    [Fact]
    public async Task A_suspended_carer_is_hidden_from_seekers()
    {
        var carer = await factory.BookableCarerAsync();
        var admin = await factory.AdminAsync();

        await admin.SubmitAsync("/Admin/Users", new Dictionary<string, string> { ["userId"] = carer.UserId }, handler: "Suspend");
        await factory.DrainOutboxAsync();

        Assert.False(await IsBookableAsync(carer.ProfileId));
        Assert.NotEmpty(await OutboxPayloadsAsync(nameof(CarerSuspended), carer.ProfileId));
        var seeker = await SeekerAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await seeker.GetAsync($"/Carers/{carer.ProfileId}")).StatusCode);
    }

    private Task<bool> IsBookableAsync(Guid profileId) =>
        factory.AskAsModuleAsync(new IsCarerBookable(profileId));

    private async Task<HttpClient> SeekerAsync()
    {
        var (email, _) = await factory.RegisterAsync(AccountRoles.Seeker);
        return await factory.SignedInAsync(email);
    }

    private Task<List<string>> OutboxPayloadsAsync(string eventName, Guid profileId) =>
        factory.InScopeAsync(services => services.GetRequiredService<ProvidersDbContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Type.Contains(eventName) && m.Payload.Contains(profileId.ToString()))
            .Select(m => m.Payload).ToListAsync());
}

public sealed class CarerVerificationTestsOnSqlite(SqliteAppFactory factory) : CarerVerificationTests<SqliteAppFactory>(factory);

public sealed class CarerVerificationTestsOnPostgreSql(PostgresAppFactory factory) : CarerVerificationTests<PostgresAppFactory>(factory);
