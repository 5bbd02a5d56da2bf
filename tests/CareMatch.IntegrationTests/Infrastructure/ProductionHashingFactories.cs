namespace CareMatch.IntegrationTests.Infrastructure;

/// <summary>The SQLite app hashing passwords at production strength, for the tests of that hashing.</summary>
public sealed class ProductionHashingSqliteFactory : SqliteAppFactory
{
    protected override bool ProductionPasswordHashing => true;
}

/// <summary>The PostgreSQL app hashing passwords at production strength, for the tests of that hashing.</summary>
public sealed class ProductionHashingPostgresFactory : PostgresAppFactory
{
    protected override bool ProductionPasswordHashing => true;
}
