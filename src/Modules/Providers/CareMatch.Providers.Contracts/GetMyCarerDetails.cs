using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Providers.Contracts;

/// <summary>The signed-in carer's profile details, for their form.</summary>
[SentBy(Roles.Carer)]
public sealed record GetMyCarerDetails : IQuery<CarerDetails>;
