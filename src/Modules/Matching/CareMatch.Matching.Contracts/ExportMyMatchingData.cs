using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.PersonalData;
using Mediator;

namespace CareMatch.Matching.Contracts;

/// <summary>The signed-in person: their requests as Matching tracks them, or, for a carer, the job alerts they were sent and their track record.</summary>
[SentByAnyoneSignedIn]
public sealed record ExportMyMatchingData : IQuery<ModuleDataExport>;
