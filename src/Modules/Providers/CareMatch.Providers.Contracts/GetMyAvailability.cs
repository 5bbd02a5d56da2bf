using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Providers.Contracts;

/// <summary>The signed-in carer's weekly slots and dated time off.</summary>
[SentBy(Roles.Carer)]
public sealed record GetMyAvailability : IQuery<CarerAvailability>;
