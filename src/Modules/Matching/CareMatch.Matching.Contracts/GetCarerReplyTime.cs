using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Matching.Contracts;

/// <summary>
/// How quickly a bookable carer answers invitations, for the carer's page seekers see. A carer
/// who is not bookable (unverified, suspended, deleted, or no carer at all) is not found.
/// </summary>
[SentBy(Roles.Seeker)]
public sealed record GetCarerReplyTime(Guid ProfileId) : IQuery<CarerReplyTime>;
