namespace CareMatch.SharedKernel.Persistence;

public interface IUnitOfWork
{
    bool HasChanges { get; }

    Task SaveChangesAsync(CancellationToken cancellationToken);
}
