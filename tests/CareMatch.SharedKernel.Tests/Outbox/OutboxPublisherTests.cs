using CareMatch.SharedKernel.Outbox;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareMatch.SharedKernel.Tests.Outbox;

public sealed class OutboxPublisherTests : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
    private readonly RecordingPublisher _publisher = new();

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        await using var context = OutboxTestContext.Create(_connection);
        // A throwaway schema for a throwaway context: the app's contexts are always migrated.
        await context.Database.ExecuteSqlRawAsync(context.Database.GenerateCreateScript());
    }

    public async Task DisposeAsync() => await _connection.DisposeAsync();

    [Fact]
    public async Task Events_are_published_oldest_first_and_marked_with_the_time()
    {
        await WriteAsync(new SomethingHappened("second") { OccurredAt = _clock.UtcNow.AddMinutes(2) });
        await WriteAsync(new SomethingHappened("first") { OccurredAt = _clock.UtcNow.AddMinutes(1) });

        var published = await PublishAsync();

        Assert.Equal(2, published);
        Assert.Equal(["first", "second"], _publisher.Published.Cast<SomethingHappened>().Select(e => e.What));
        await using var context = OutboxTestContext.Create(_connection);
        Assert.All(await context.Set<OutboxMessage>().ToListAsync(), m => Assert.Equal(_clock.UtcNow, m.ProcessedAt));
    }

    [Fact]
    public async Task A_published_event_is_not_published_again()
    {
        await WriteAsync(new SomethingHappened("once") { OccurredAt = _clock.UtcNow });

        await PublishAsync();
        var second = await PublishAsync();

        Assert.Equal(0, second);
        Assert.Single(_publisher.Published);
    }

    [Fact]
    public async Task A_failure_stops_the_batch_keeps_the_order_and_is_retried_next_time()
    {
        await WriteAsync(new SomethingHappened("poison") { OccurredAt = _clock.UtcNow.AddMinutes(1) });
        await WriteAsync(new SomethingHappened("after") { OccurredAt = _clock.UtcNow.AddMinutes(2) });
        _publisher.FailWhen = e => e is SomethingHappened { What: "poison" };

        Assert.Equal(0, await PublishAsync());
        Assert.Empty(_publisher.Published);
        await using (var context = OutboxTestContext.Create(_connection))
        {
            var failed = await context.Set<OutboxMessage>().OrderBy(m => m.OccurredAt).FirstAsync();
            Assert.Equal(1, failed.Attempts);
            Assert.Equal("consumer is down", failed.LastError);
        }

        _publisher.FailWhen = _ => false;
        Assert.Equal(2, await PublishAsync());
        Assert.Equal(["poison", "after"], _publisher.Published.Cast<SomethingHappened>().Select(e => e.What));
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_parked_so_the_rest_can_flow()
    {
        await WriteAsync(new SomethingHappened("poison") { OccurredAt = _clock.UtcNow.AddMinutes(1) });
        await WriteAsync(new SomethingHappened("after") { OccurredAt = _clock.UtcNow.AddMinutes(2) });
        _publisher.FailWhen = e => e is SomethingHappened { What: "poison" };

        for (var run = 0; run < OutboxPublisher<OutboxTestContext>.MaxAttempts; run++) await PublishAsync();
        var afterParking = await PublishAsync();

        Assert.Equal(1, afterParking);
        Assert.Equal("after", Assert.Single(_publisher.Published.Cast<SomethingHappened>()).What);
    }

    [Fact]
    public async Task The_signal_fires_only_when_events_are_committed()
    {
        var signal = new CountingSignal();
        await using var context = OutboxTestContext.Create(_connection, new OutboxSignalInterceptor(signal));

        await using (var transaction = await context.Database.BeginTransactionAsync())
        {
            context.AddIntegrationEvent(new SomethingHappened("in a transaction") { OccurredAt = _clock.UtcNow });
            await context.SaveChangesAsync();
            Assert.Equal(0, signal.Count);
            await transaction.CommitAsync();
        }
        Assert.Equal(1, signal.Count);

        await using (var transaction = await context.Database.BeginTransactionAsync())
        {
            context.AddIntegrationEvent(new SomethingHappened("rolled back") { OccurredAt = _clock.UtcNow });
            await context.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        Assert.Equal(1, signal.Count);

        context.AddIntegrationEvent(new SomethingHappened("plain save") { OccurredAt = _clock.UtcNow });
        await context.SaveChangesAsync();
        Assert.Equal(2, signal.Count);
    }

    private async Task WriteAsync(SomethingHappened integrationEvent)
    {
        await using var context = OutboxTestContext.Create(_connection);
        context.AddIntegrationEvent(integrationEvent);
        await context.SaveChangesAsync();
    }

    private async Task<int> PublishAsync()
    {
        await using var context = OutboxTestContext.Create(_connection);
        var publisher = new OutboxPublisher<OutboxTestContext>(context, _publisher, _clock,
            NullLogger<OutboxPublisher<OutboxTestContext>>.Instance, "test");
        return await publisher.PublishPendingAsync(CancellationToken.None);
    }

    private sealed class CountingSignal : IOutboxSignal
    {
        public int Count { get; private set; }

        public void MessagesCommitted() => Count++;
    }
}
