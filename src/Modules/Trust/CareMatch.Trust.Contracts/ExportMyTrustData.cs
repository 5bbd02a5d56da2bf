using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.PersonalData;
using Mediator;

namespace CareMatch.Trust.Contracts;

/// <summary>The signed-in person's threads and the messages they wrote in them.</summary>
[SentByAnyoneSignedIn]
public sealed record ExportMyTrustData : IQuery<ModuleDataExport>;
