using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Matching.Contracts;

/// <summary>
/// How quickly a carer answers invitations, for the carer's page seekers see (which Providers
/// refuses for a carer who is not bookable). Unknown for a carer the matching index does not hold.
/// </summary>
[SentBy(Roles.Seeker)]
public sealed record GetCarerReplyTime(Guid ProfileId) : IQuery<CarerReplyTime>;
