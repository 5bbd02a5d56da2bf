using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareMatch.SharedKernel.Outbox;

/// <summary>
/// Watches a module context's saves and transactions, and raises the outbox signal once new
/// events are committed: straight after SaveChanges, or at commit when inside a transaction.
/// One instance per context instance, so the flag never crosses requests.
/// </summary>
public sealed class OutboxSignalInterceptor(IOutboxSignal signal) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    private bool _uncommittedEvents;

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        NoteOutboxWrites(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        NoteOutboxWrites(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        SignalUnlessInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SignalUnlessInTransaction(eventData.Context);
        return result;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => SignalIfPending();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        SignalIfPending();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _uncommittedEvents = false;

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _uncommittedEvents = false;
        return Task.CompletedTask;
    }

    private void NoteOutboxWrites(DbContext? context) =>
        _uncommittedEvents |= context?.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added) == true;

    private void SignalUnlessInTransaction(DbContext? context)
    {
        // Inside an explicit transaction the rows are not visible to the drain until commit.
        if (context?.Database.CurrentTransaction is null) SignalIfPending();
    }

    private void SignalIfPending()
    {
        if (!_uncommittedEvents) return;
        _uncommittedEvents = false;
        signal.MessagesCommitted();
    }
}
