using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

/// <summary>
/// What families have said of a carer: their published reviews that no admin has hid, newest
/// first, with the carer's replies. Seekers see any carer's; a carer sees only their own.
/// </summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record GetCarerReviews(Guid CarerProfileId) : IQuery<CarerReviews>;
