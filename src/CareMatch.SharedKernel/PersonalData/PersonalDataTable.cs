namespace CareMatch.SharedKernel.PersonalData;

/// <summary>The person's rows of one table. A null cell is a column with no value.</summary>
public sealed record PersonalDataTable(string Table, IReadOnlyList<IReadOnlyDictionary<string, string?>> Rows);
