using Microsoft.EntityFrameworkCore;

namespace CareMatch.SharedKernel.Persistence;

/// <summary>
/// Chooses the database provider, connection and migrations assembly for a module's context.
/// The host implements it, so modules never reference a provider.
/// </summary>
public interface IModuleDbContextConfigurer
{
    void Configure(DbContextOptionsBuilder options, string schema);
}
