namespace CareMatch.SharedKernel.PersonalData;

/// <summary>
/// What one module holds about the signed-in person, in a neutral shape the host can write
/// as JSON or CSV: each table by its database name, each row as column → text.
/// </summary>
public sealed record ModuleDataExport(string Module, IReadOnlyList<PersonalDataTable> Tables);
