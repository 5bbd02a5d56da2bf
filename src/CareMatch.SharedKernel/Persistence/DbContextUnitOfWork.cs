using Microsoft.EntityFrameworkCore;

namespace CareMatch.SharedKernel.Persistence;

public sealed class DbContextUnitOfWork<TContext>(TContext context) : IUnitOfWork
    where TContext : DbContext
{
    public bool HasChanges => context.ChangeTracker.HasChanges();

    public Task SaveChangesAsync(CancellationToken cancellationToken) => context.SaveChangesAsync(cancellationToken);
}
