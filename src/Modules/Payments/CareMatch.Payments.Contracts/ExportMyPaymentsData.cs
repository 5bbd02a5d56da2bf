using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.PersonalData;
using Mediator;

namespace CareMatch.Payments.Contracts;

/// <summary>What Payments holds about the signed-in person, for their data download.</summary>
[SentByAnyoneSignedIn]
public sealed record ExportMyPaymentsData : IQuery<ModuleDataExport>;
