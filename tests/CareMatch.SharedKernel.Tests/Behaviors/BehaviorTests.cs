using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Behaviors;
using CareMatch.SharedKernel.Persistence;
using CareMatch.SharedKernel.Validation;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Logging;

namespace CareMatch.SharedKernel.Tests.Behaviors;

public sealed record RenameThing(string Name) : ICommand<string>;

public sealed class RenameThingValidator : AbstractValidator<RenameThing>
{
    public RenameThingValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("Enter a name").MaximumLength(5).WithMessage("Name must be 5 characters or fewer");
    }
}

public sealed class BehaviorTests
{
    private int _handlerCalls;

    [Fact]
    public async Task Invalid_input_becomes_field_errors_and_the_handler_never_runs()
    {
        var behavior = new ValidationBehavior<RenameThing, string>([new RenameThingValidator()]);

        var invalid = await Assert.ThrowsAsync<InputValidationException>(() =>
            behavior.Handle(new RenameThing("far too long"), Handler, CancellationToken.None).AsTask());

        Assert.Equal(["Name must be 5 characters or fewer"], invalid.Errors["Name"]);
        Assert.Equal(0, _handlerCalls);
    }

    [Fact]
    public async Task Valid_input_reaches_the_handler()
    {
        var behavior = new ValidationBehavior<RenameThing, string>([new RenameThingValidator()]);

        var result = await behavior.Handle(new RenameThing("ok"), Handler, CancellationToken.None);

        Assert.Equal("renamed ok", result);
    }

    [Fact]
    public async Task The_unit_of_work_saves_changed_contexts_after_the_handler_succeeds()
    {
        var changed = new FakeUnitOfWork(hasChanges: true);
        var untouched = new FakeUnitOfWork(hasChanges: false);
        var behavior = new UnitOfWorkBehavior<RenameThing, string>([changed, untouched]);

        await behavior.Handle(new RenameThing("ok"), Handler, CancellationToken.None);

        Assert.Equal(1, changed.Saves);
        Assert.Equal(0, untouched.Saves);
    }

    [Fact]
    public async Task The_unit_of_work_saves_nothing_when_the_handler_fails()
    {
        var changed = new FakeUnitOfWork(hasChanges: true);
        var behavior = new UnitOfWorkBehavior<RenameThing, string>([changed]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => behavior.Handle(
            new RenameThing("ok"), (_, _) => throw new InvalidOperationException("handler failed"), CancellationToken.None).AsTask());

        Assert.Equal(0, changed.Saves);
    }

    [Fact]
    public async Task Every_message_is_logged_by_name_and_a_failure_is_logged_then_rethrown()
    {
        var logger = new ListLogger<LoggingBehavior<RenameThing, string>>();
        var behavior = new LoggingBehavior<RenameThing, string>(logger);

        Assert.Equal("renamed ok", await behavior.Handle(new RenameThing("ok"), Handler, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => behavior.Handle(
            new RenameThing("ok"), (_, _) => throw new InvalidOperationException("handler failed"), CancellationToken.None).AsTask());
        await Assert.ThrowsAsync<NotFoundException>(() => behavior.Handle(
            new RenameThing("ok"), (_, _) => throw new NotFoundException("No such thing."), CancellationToken.None).AsTask());

        Assert.Collection(logger.Entries,
            handled => Assert.Equal((LogLevel.Information, true), (handled.Level, handled.Text.StartsWith("Handled RenameThing in", StringComparison.Ordinal))),
            failed => Assert.Equal((LogLevel.Warning, true), (failed.Level, failed.Text.StartsWith("RenameThing failed after", StringComparison.Ordinal))),
            refused => Assert.Equal((LogLevel.Information, true), (refused.Level, refused.Text.StartsWith("RenameThing refused after", StringComparison.Ordinal))));
    }

    private ValueTask<string> Handler(RenameThing command, CancellationToken cancellationToken)
    {
        _handlerCalls++;
        return ValueTask.FromResult($"renamed {command.Name}");
    }

    private sealed class FakeUnitOfWork(bool hasChanges) : IUnitOfWork
    {
        public int Saves { get; private set; }

        public bool HasChanges => hasChanges;

        public Task SaveChangesAsync(CancellationToken cancellationToken)
        {
            Saves++;
            return Task.CompletedTask;
        }
    }

    private sealed class ListLogger<T> : ILogger<T>
    {
        public List<(LogLevel Level, string Text)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
