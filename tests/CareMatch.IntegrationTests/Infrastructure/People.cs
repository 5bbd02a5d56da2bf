using CareMatch.Accounts.Contracts;
using CareMatch.Web.Infrastructure.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Infrastructure;

/// <summary>Shortcuts that set up people the way the product would: through its own commands and pages.</summary>
public static class People
{
    public const string Password = "a long enough password";

    public static async Task<(string Email, string UserId)> RegisterAsync(this CareMatchAppFactory factory, string role)
    {
        var email = AppScope.UniqueEmail(role.ToLowerInvariant());
        var account = await factory.SendAsync(new RegisterAccount(email, Password, role));
        return (email, account.UserId!);
    }

    public static async Task<HttpClient> SignedInAsync(this CareMatchAppFactory factory, string email, string password = Password)
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync(email, password);
        return client;
    }

    public static Task<HttpClient> AdminAsync(this CareMatchAppFactory factory) =>
        factory.SignedInAsync(CareMatchAppFactory.AdminEmail, CareMatchAppFactory.AdminPassword);

    public static Task DrainOutboxAsync(this CareMatchAppFactory factory) =>
        factory.InScopeAsync(services => services.GetRequiredService<OutboxDrainTask>().RunAsync(CancellationToken.None));
}
