using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.PersonalData;
using Mediator;

namespace CareMatch.Matching.Contracts;

/// <summary>The signed-in person: their requests as Matching tracks them, or, for a carer, the job alerts they were sent, their track record and when they answered invitations (the last 90 days).</summary>
[SentByAnyoneSignedIn]
public sealed record ExportMyMatchingData : IQuery<ModuleDataExport>;
