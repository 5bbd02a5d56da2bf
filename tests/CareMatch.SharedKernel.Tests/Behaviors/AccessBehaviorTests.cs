using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Behaviors;
using CareMatch.SharedKernel.Identity;
using Mediator;

namespace CareMatch.SharedKernel.Tests.Behaviors;

public sealed record UndeclaredThing : IQuery<string>;

[SentBy(Roles.Carer, Roles.Admin)]
public sealed record CarersThing : IQuery<string>;

[SentByAnyoneSignedIn]
public sealed record MyAccountThing : IQuery<string>;

[SentByAnyone]
public sealed record SignInThing : IQuery<string>;

[SentByModules]
public sealed record ModulesThing : IQuery<string>;

[SentBy(Roles.Seeker)]
[SentByModules]
public sealed record SeekersAndModulesThing : IQuery<string>;

public sealed class AccessBehaviorTests
{
    private static readonly FakeUser Nobody = new(null);
    private static readonly FakeUser Seeker = new("seeker-1", Roles.Seeker);
    private static readonly FakeUser Carer = new("carer-1", Roles.Carer);
    private static readonly FakeUser Admin = new("admin-1", Roles.Admin);

    [Fact]
    public async Task A_message_that_declares_nobody_is_refused_even_to_an_admin() =>
        await AssertRefusedAsync(new UndeclaredThing(), Admin);

    [Fact]
    public async Task A_role_bound_message_admits_its_roles_and_refuses_other_roles_and_nobody()
    {
        Assert.Equal("handled", await SendAsync(new CarersThing(), Carer));
        Assert.Equal("handled", await SendAsync(new CarersThing(), Admin));
        await AssertRefusedAsync(new CarersThing(), Seeker);
        await AssertRefusedAsync(new CarersThing(), Nobody);
    }

    [Fact]
    public async Task Anyone_signed_in_means_any_role_but_not_nobody()
    {
        Assert.Equal("handled", await SendAsync(new MyAccountThing(), Seeker));
        Assert.Equal("handled", await SendAsync(new MyAccountThing(), Admin));
        await AssertRefusedAsync(new MyAccountThing(), Nobody);
    }

    [Fact]
    public async Task Anyone_means_nobody_signed_in_too() =>
        Assert.Equal("handled", await SendAsync(new SignInThing(), Nobody));

    [Fact]
    public async Task A_modules_only_message_is_refused_to_people_and_admitted_through_the_module_sender()
    {
        await AssertRefusedAsync(new ModulesThing(), Admin);
        await AssertRefusedAsync(new ModulesThing(), Nobody);

        Assert.Equal("handled", await new ModuleSender(new PipelineSender(Nobody)).Send(new ModulesThing()));
    }

    [Fact]
    public async Task A_message_for_a_role_and_modules_admits_both_but_not_other_people()
    {
        Assert.Equal("handled", await SendAsync(new SeekersAndModulesThing(), Seeker));
        Assert.Equal("handled", await new ModuleSender(new PipelineSender(Carer)).Send(new SeekersAndModulesThing()));
        await AssertRefusedAsync(new SeekersAndModulesThing(), Carer);
    }

    [Fact]
    public async Task The_module_mark_ends_with_the_module_send_so_the_caller_is_checked_again_afterwards()
    {
        var sender = new PipelineSender(Admin);

        await new ModuleSender(sender).Send(new ModulesThing());

        Assert.False(ModuleCall.IsActive);
        await Assert.ThrowsAsync<AccessDeniedException>(() => sender.Send(new ModulesThing()).AsTask());
    }

    [Fact]
    public async Task A_refused_message_never_reaches_the_rest_of_the_pipeline()
    {
        var reached = false;
        var behavior = new AccessBehavior<CarersThing, string>(Seeker);

        await Assert.ThrowsAsync<AccessDeniedException>(() => behavior.Handle(new CarersThing(), (_, _) =>
        {
            reached = true;
            return ValueTask.FromResult("handled");
        }, CancellationToken.None).AsTask());

        Assert.False(reached);
    }

    private static ValueTask<string> SendAsync<TMessage>(TMessage message, FakeUser user)
        where TMessage : IQuery<string> =>
        new PipelineSender(user).Send(message);

    private static Task AssertRefusedAsync<TMessage>(TMessage message, FakeUser user)
        where TMessage : IQuery<string> =>
        Assert.ThrowsAsync<AccessDeniedException>(() => SendAsync(message, user).AsTask());

    private sealed class FakeUser(string? userId, params string[] roles) : ICurrentUser
    {
        public string? UserId => userId;

        public bool IsInRole(string role) => roles.Contains(role);
    }

    /// <summary>A mediator whose pipeline is just the access behaviour in front of a handler that says "handled".</summary>
    private sealed class PipelineSender(ICurrentUser user) : ISender
    {
        public ValueTask<TResponse> Send<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken = default) =>
            new AccessBehavior<IQuery<TResponse>, TResponse>(user).Handle(query, (_, _) => ValueTask.FromResult((TResponse)(object)"handled"), cancellationToken);

        public ValueTask<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<TResponse> Send<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<object?> Send(object message, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<TResponse> CreateStream<TResponse>(IStreamQuery<TResponse> query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<TResponse> CreateStream<TResponse>(IStreamRequest<TResponse> request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<TResponse> CreateStream<TResponse>(IStreamCommand<TResponse> command, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<object?> CreateStream(object message, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
