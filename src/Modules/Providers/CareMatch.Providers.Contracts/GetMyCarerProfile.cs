using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Providers.Contracts;

/// <summary>The signed-in carer's own profile, or null when they have none yet.</summary>
[SentBy(Roles.Carer)]
public sealed record GetMyCarerProfile : IQuery<CarerProfileSummary?>;
