using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.SharedKernel.Email;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Trust;

/// <summary>An app whose mail server a test can take down for one address.</summary>
public interface IMailCanFailFactory
{
    MailServerThatCanFail Mail { get; }
}

/// <summary>SQLite, with <see cref="MailServerThatCanFail"/> as the app's email sender.</summary>
public sealed class SqliteMailCanFailFactory : SqliteAppFactory, IMailCanFailFactory
{
    public MailServerThatCanFail Mail => Services.GetRequiredService<MailServerThatCanFail>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(MailCanFail.Register);
    }
}

/// <summary>PostgreSQL, with <see cref="MailServerThatCanFail"/> as the app's email sender.</summary>
public sealed class PostgresMailCanFailFactory : PostgresAppFactory, IMailCanFailFactory
{
    public MailServerThatCanFail Mail => Services.GetRequiredService<MailServerThatCanFail>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(MailCanFail.Register);
    }
}

/// <summary>Puts <see cref="MailServerThatCanFail"/> in front of the pickup folder.</summary>
internal static class MailCanFail
{
    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<MailServerThatCanFail>();
        services.AddSingleton<IEmailSender>(provider => provider.GetRequiredService<MailServerThatCanFail>());
    }
}
