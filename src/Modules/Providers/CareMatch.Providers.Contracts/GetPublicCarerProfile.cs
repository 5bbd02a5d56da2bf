using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Providers.Contracts;

/// <summary>
/// A bookable carer as seekers (and the matching engine) see them: never the home postcode or
/// any credential's evidence. Not bookable or unknown: NotFound. With a reference point, the
/// distance from the carer's home sector centroid to it.
/// </summary>
[SentBy(Roles.Seeker)]
[SentByModules]
public sealed record GetPublicCarerProfile(Guid ProfileId, double? FromLatitude = null, double? FromLongitude = null)
    : IQuery<PublicCarerProfile>;
