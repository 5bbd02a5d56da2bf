using CareMatch.Commissioning.Contracts;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Behaviors;
using CareMatch.SharedKernel.Validation;
using CareMatch.Web.Infrastructure.Identity;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CareMatch.IntegrationTests.Access;

/// <summary>
/// Generated from the contracts: every command and query is sent through the real host's mediator
/// as every role it does not declare, and as nobody, and each must be refused by the access
/// behaviour before any SQL runs. Then the other side: the people it does declare get past.
/// </summary>
public abstract class AccessRefusalTests<TFactory>(TFactory factory, ITestOutputHelper output) : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : CareMatchAppFactory
{
    /// <summary>The host starts (and migrates its database) before anything is counted, so only the sends are.</summary>
    public Task InitializeAsync()
    {
        _ = factory.Services;
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_message_is_refused_to_every_role_it_does_not_declare_and_to_nobody_without_touching_the_database()
    {
        var covered = 0;
        var refusals = 0;
        var failures = new List<string>();
        foreach (var type in ContractMessageTypes.All)
        {
            var access = MessageAccess.For(type);
            if (access is null)
            {
                failures.Add($"{type.Name} declares nobody (the architecture tests say so too)");
                continue;
            }
            foreach (var role in UndeclaredSenders(access))
            {
                refusals++;
                if (await RefusalProblemAsync(type, role) is { } problem) failures.Add($"{type.Name} as {role ?? "nobody"}: {problem}");
            }
            covered++;
        }

        output.WriteLine($"{covered} commands and queries covered ({ContractMessageTypes.All.Count} in the contracts), {refusals} refusals asserted.");
        Assert.True(failures.Count == 0, $"{failures.Count} not refused as they should be:\n{string.Join('\n', failures)}");
        Assert.Equal(ContractMessageTypes.All.Count, covered);
        Assert.True(covered >= 90, $"Found only {covered} commands and queries: is discovery looking in the right folder?");
    }

    [Fact]
    public async Task A_declared_role_gets_past_to_the_handler_and_its_own_answers()
    {
        // An admin's council with no name reaches validation: past the access check, into the pipeline.
        var invalid = await Assert.ThrowsAsync<InputValidationException>(() => SendAsync(new CreateCouncil("", ""), Roles.Admin));
        Assert.Contains(nameof(CreateCouncil.Name), invalid.Errors.Keys);

        // A seeker with no requests reaches the handler, which asks the database and finds none.
        object? mine = null;
        var commands = await DatabaseCommands.CountDuringAsync(async () => mine = await SendAsync(new ListMyCareRequests(), Roles.Seeker));
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<MyCareRequestSummary>>(mine));
        Assert.True(commands > 0, "The seeker's query ran no SQL, so the refusal test's 'database untouched' check would prove nothing.");
    }

    [Fact]
    public async Task A_modules_only_query_answers_a_module_but_refuses_a_page_even_for_an_admin()
    {
        var requestId = Guid.NewGuid();

        var fromModule = await factory.AskAsModuleAsync(new GetCareRequestFacts(requestId));
        var fromAdmin = await Assert.ThrowsAsync<AccessDeniedException>(() => SendAsync(new GetCareRequestFacts(requestId), Roles.Admin));

        Assert.Null(fromModule);
        Assert.True(ThrownByTheAccessBehaviour(fromAdmin));
    }

    /// <summary>Every role the message does not name, and nobody (null) unless anyone at all may send it.</summary>
    private static IEnumerable<string?> UndeclaredSenders(MessageAccess access)
    {
        if (access.Anyone) return [];
        var signedInRefused = access.AnyoneSignedIn ? [] : Roles.All.Except(access.Roles);
        return [.. signedInRefused, null];
    }

    private async Task<string?> RefusalProblemAsync(Type type, string? role)
    {
        Exception? thrown = null;
        var commands = await DatabaseCommands.CountDuringAsync(async () =>
        {
            try
            {
                await SendAsync(EmptyMessage.Of(type), role);
            }
            catch (Exception exception)
            {
                thrown = exception;
            }
        });
        if (thrown is not AccessDeniedException denied) return thrown is null ? "was answered" : $"threw {thrown.GetType().Name}: {thrown.Message}";
        if (!ThrownByTheAccessBehaviour(denied)) return $"refused by {denied.TargetSite?.DeclaringType?.Name}, not the access behaviour";
        return commands == 0 ? null : $"refused, but after {commands} SQL command(s)";
    }

    private Task<object?> SendAsync(object message, string? role) =>
        factory.InScopeAsync(async services =>
        {
            if (role is not null) services.GetRequiredService<HttpCurrentUser>().ActAs($"access-test-{Guid.NewGuid():N}", role);
            return await services.GetRequiredService<ISender>().Send(message);
        });

    private static bool ThrownByTheAccessBehaviour(AccessDeniedException denied) =>
        denied.TargetSite?.DeclaringType is { IsGenericType: true } thrower && thrower.GetGenericTypeDefinition() == typeof(AccessBehavior<,>);
}

public sealed class AccessRefusalTestsOnSqlite(SqliteAppFactory factory, ITestOutputHelper output)
    : AccessRefusalTests<SqliteAppFactory>(factory, output);

public sealed class AccessRefusalTestsOnPostgreSql(PostgresAppFactory factory, ITestOutputHelper output)
    : AccessRefusalTests<PostgresAppFactory>(factory, output);
