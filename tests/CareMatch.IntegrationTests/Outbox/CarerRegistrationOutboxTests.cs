using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Persistence;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.Providers.Persistence;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Validation;
using CareMatch.Web.Infrastructure.Scheduling;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Outbox;

/// <summary>
/// The foundation's proof of the outbox: a carer who registers (Accounts) gets a draft
/// profile (Providers), delivered through the outbox, exactly once however often it is delivered.
/// </summary>
public abstract class CarerRegistrationOutboxTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    [Fact]
    public async Task Registering_writes_the_event_to_the_outbox_with_the_account_and_nothing_reaches_providers_before_the_drain()
    {
        var account = await RegisterAsync(AccountRoles.Carer);

        var pending = await PendingEventsFor(account.UserId!);
        Assert.Single(pending);
        Assert.Null(pending[0].ProcessedAt);
        Assert.Equal(0, await ProfilesFor(account.UserId!));
    }

    [Fact]
    public async Task Draining_the_outbox_gives_the_new_carer_a_draft_profile_and_marks_the_event_published()
    {
        var account = await RegisterAsync(AccountRoles.Carer);

        await DrainAsync();

        Assert.Equal(1, await ProfilesFor(account.UserId!));
        var message = Assert.Single(await PendingEventsFor(account.UserId!));
        Assert.NotNull(message.ProcessedAt);
    }

    [Fact]
    public async Task The_same_event_delivered_twice_creates_one_profile()
    {
        var account = await RegisterAsync(AccountRoles.Carer);
        var message = Assert.Single(await PendingEventsFor(account.UserId!));
        var integrationEvent = IntegrationEventSerializer.Deserialize(message.Type, message.Payload);

        for (var delivery = 0; delivery < 2; delivery++)
        {
            await factory.InScopeAsync(services => services.GetRequiredService<IPublisher>().Publish(integrationEvent).AsTask());
        }

        Assert.Equal(1, await ProfilesFor(account.UserId!));
        var handled = await factory.InScopeAsync(services => services.GetRequiredService<ProvidersDbContext>()
            .Set<HandledEvent>().CountAsync(h => h.EventId == integrationEvent.EventId));
        Assert.Equal(1, handled);
    }

    [Fact]
    public async Task Replaying_an_already_published_outbox_message_changes_nothing()
    {
        var account = await RegisterAsync(AccountRoles.Carer);
        await DrainAsync();

        await factory.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AccountsDbContext>();
            var message = await db.Set<OutboxMessage>().SingleAsync(m => m.Payload.Contains(account.UserId!));
            message.ProcessedAt = null;
            await db.SaveChangesAsync();
        });
        await DrainAsync();

        Assert.Equal(1, await ProfilesFor(account.UserId!));
    }

    [Fact]
    public async Task A_seeker_who_registers_gets_no_carer_profile()
    {
        var account = await RegisterAsync(AccountRoles.Seeker);

        await DrainAsync();

        Assert.Equal(0, await ProfilesFor(account.UserId!));
    }

    [Fact]
    public async Task Signing_up_again_with_a_registered_email_saves_neither_an_account_nor_an_event()
    {
        var email = AppScope.UniqueEmail("twice");
        await factory.SendAsync(new RegisterAccount(email, "a long enough password", AccountRoles.Carer));

        var again = await factory.SendAsync(new RegisterAccount(email.ToUpperInvariant(), "another long password", AccountRoles.Seeker));

        Assert.Null(again.UserId);
        var (users, events) = await factory.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AccountsDbContext>();
            var normalized = email.ToUpperInvariant();
            return (await db.Users.CountAsync(u => u.NormalizedEmail == normalized),
                    await db.Set<OutboxMessage>().CountAsync(m => m.Payload.Contains(email)));
        });
        Assert.Equal(1, users);
        Assert.Equal(1, events);
    }

    private async Task<RegisteredAccount> RegisterAsync(string role) =>
        await factory.SendAsync(new RegisterAccount(AppScope.UniqueEmail(role.ToLowerInvariant()), "a long enough password", role));

    private Task DrainAsync() =>
        factory.InScopeAsync(services => services.GetRequiredService<OutboxDrainTask>().RunAsync(CancellationToken.None));

    private Task<List<OutboxMessage>> PendingEventsFor(string userId) =>
        factory.InScopeAsync(services => services.GetRequiredService<AccountsDbContext>()
            .Set<OutboxMessage>().AsNoTracking().Where(m => m.Payload.Contains(userId)).ToListAsync());

    private Task<int> ProfilesFor(string userId) =>
        factory.InScopeAsync(services => services.GetRequiredService<ProvidersDbContext>()
            .CarerProfiles.CountAsync(p => p.UserId == userId));
}

public sealed class CarerRegistrationOutboxOnSqlite(SqliteAppFactory factory)
    : CarerRegistrationOutboxTests<SqliteAppFactory>(factory);

public sealed class CarerRegistrationOutboxOnPostgreSql(PostgresAppFactory factory)
    : CarerRegistrationOutboxTests<PostgresAppFactory>(factory);
