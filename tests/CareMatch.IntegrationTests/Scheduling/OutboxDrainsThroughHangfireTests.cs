using System.Net;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.Providers.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Scheduling;

/// <summary>With the job server running, nobody drains by hand: a carer's sign-up reaches Providers on its own.</summary>
public sealed class OutboxDrainsThroughHangfireTests(SqliteAppWithJobServerFactory factory)
    : IClassFixture<SqliteAppWithJobServerFactory>
{
    [Fact]
    public async Task A_carer_who_signs_up_through_the_page_gets_a_draft_profile_without_anyone_running_a_job()
    {
        var client = factory.CreateBrowserLikeClient();
        var email = AppScope.UniqueEmail("carer");

        var response = await client.SubmitAsync("/Account/Register", new Dictionary<string, string>
        {
            ["Input.Role"] = "Carer",
            ["Input.Email"] = email,
            ["Input.Password"] = "a long enough password",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var userId = await factory.InScopeAsync(async services =>
            (await services.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(email))!.Id);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var profiles = 0;
        while (profiles == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            profiles = await factory.InScopeAsync(services => services.GetRequiredService<ProvidersDbContext>()
                .CarerProfiles.CountAsync(p => p.UserId == userId));
        }
        Assert.Equal(1, profiles);
    }
}
