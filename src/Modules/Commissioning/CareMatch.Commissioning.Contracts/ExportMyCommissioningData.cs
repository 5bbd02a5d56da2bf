using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.PersonalData;
using Mediator;

namespace CareMatch.Commissioning.Contracts;

/// <summary>The signed-in person: the council they are a commissioner for, if any.</summary>
[SentByAnyoneSignedIn]
public sealed record ExportMyCommissioningData : IQuery<ModuleDataExport>;
