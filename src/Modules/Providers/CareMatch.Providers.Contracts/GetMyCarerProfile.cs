using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Providers.Contracts;

/// <summary>The signed-in carer's own profile, or null when they have none yet.</summary>
[SentBy(Roles.Carer)]
public sealed record GetMyCarerProfile : IQuery<CarerProfileSummary?>;

/// <summary>
/// What the carer sees about their own profile. <see cref="Notices"/> are the things that stop
/// them being bookable or soon will (missing details, credentials to upload, expiries within 30 days).
/// </summary>
public sealed record CarerProfileSummary(
    Guid ProfileId,
    string UserId,
    CarerProfileStatus Status,
    DateTimeOffset CreatedAt,
    string? DisplayName,
    string? HomePostcode,
    string? HomeSector)
{
    public bool Bookable { get; init; }

    public IReadOnlyList<string> Notices { get; init; } = [];
}
