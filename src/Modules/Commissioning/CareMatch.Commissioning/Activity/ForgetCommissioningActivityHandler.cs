using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Outbox;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Activity;

/// <summary>
/// Forgets every fact this folder's consumers keep, and their marks of events handled, in one
/// transaction. The monthly figures are left as they are: open data goes on serving last night's
/// until the rebuild's own roll-up replaces them.
/// </summary>
internal sealed class ForgetCommissioningActivityHandler(CommissioningDbContext db) : ICommandHandler<ForgetCommissioningActivity, int>
{
    /// <summary>The consumers that keep facts, found rather than listed, so a new one is rebuilt too.</summary>
    private static readonly string[] Consumers =
    [
        .. typeof(RequestFact).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(RequestFact).Namespace && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(INotificationHandler<>)))
            .Select(t => t.Name),
    ];

    public async ValueTask<int> Handle(ForgetCommissioningActivity command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var forgotten = await db.RequestFacts.ExecuteDeleteAsync(cancellationToken)
            + await db.BookingFacts.ExecuteDeleteAsync(cancellationToken)
            + await db.VisitFacts.ExecuteDeleteAsync(cancellationToken)
            + await db.CarerFacts.ExecuteDeleteAsync(cancellationToken)
            + await db.Set<HandledEvent>().Where(h => Consumers.Contains(h.Consumer)).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return forgotten;
    }
}
