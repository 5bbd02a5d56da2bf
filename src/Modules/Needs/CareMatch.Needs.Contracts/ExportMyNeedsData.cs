using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.PersonalData;
using Mediator;

namespace CareMatch.Needs.Contracts;

/// <summary>The signed-in person: every care request they made, in full (it is all theirs).</summary>
[SentByAnyoneSignedIn]
public sealed record ExportMyNeedsData : IQuery<ModuleDataExport>;
