using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.PersonalData;
using Mediator;

namespace CareMatch.Providers.Contracts;

/// <summary>The signed-in carer: their profile, availability, checks and what is recorded of their uploads.</summary>
[SentByAnyoneSignedIn]
public sealed record ExportMyProvidersData : IQuery<ModuleDataExport>;
