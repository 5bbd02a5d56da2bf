using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Providers.Contracts;

/// <summary>Admins: one carer's whole profile, private parts and evidence included, to verify it.</summary>
[SentBy(Roles.Admin)]
public sealed record GetCarerForReview(Guid ProfileId) : IQuery<CarerForReview>;
