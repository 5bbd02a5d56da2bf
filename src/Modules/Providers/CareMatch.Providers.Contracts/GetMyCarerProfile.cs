using Mediator;

namespace CareMatch.Providers.Contracts;

/// <summary>The signed-in carer's own profile, or null when they have none yet.</summary>
public sealed record GetMyCarerProfile : IQuery<CarerProfileSummary?>;

public sealed record CarerProfileSummary(
    Guid ProfileId,
    string UserId,
    CarerProfileStatus Status,
    DateTimeOffset CreatedAt,
    string? DisplayName,
    string? HomePostcode,
    string? HomeSector);
