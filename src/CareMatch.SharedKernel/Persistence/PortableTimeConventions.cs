using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CareMatch.SharedKernel.Persistence;

public static class PortableTimeConventions
{
    /// <summary>
    /// SQLite cannot compare or sort DateTimeOffset values, so there they are stored as UTC
    /// ticks (an integer that sorts in time order). SQL Server and PostgreSQL keep their native types.
    /// </summary>
    public static void StoreTimesPortably(this ModelConfigurationBuilder configurationBuilder, DatabaseFacade database)
    {
        if (database.ProviderName != "Microsoft.EntityFrameworkCore.Sqlite") return;
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}
