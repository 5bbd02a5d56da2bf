using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Providers.Contracts;

/// <summary>Every bookable carer, for matching. Same shape and rules as <see cref="GetPublicCarerProfile"/>.</summary>
[SentByModules]
public sealed record ListBookableCarers(double? FromLatitude = null, double? FromLongitude = null)
    : IQuery<IReadOnlyList<PublicCarerProfile>>;
