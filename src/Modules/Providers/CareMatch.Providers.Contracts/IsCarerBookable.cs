using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Providers.Contracts;

/// <summary>Whether a carer may be booked now: verified, nothing required expired, account not suspended.</summary>
[SentByModules]
public sealed record IsCarerBookable(Guid ProfileId) : IQuery<bool>;
