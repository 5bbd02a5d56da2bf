using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.PersonalData;
using Mediator;

namespace CareMatch.Accounts.Contracts;

/// <summary>The signed-in person: their account rows (no password hash, stamps or token values).</summary>
[SentByAnyoneSignedIn]
public sealed record ExportMyAccountData : IQuery<ModuleDataExport>;
