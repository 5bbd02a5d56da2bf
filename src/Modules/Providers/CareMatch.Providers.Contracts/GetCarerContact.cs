using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Providers.Contracts;

/// <summary>For Notifications: whose account a carer profile belongs to and the name they go by, or null for an unknown profile.</summary>
[SentByModules]
public sealed record GetCarerContact(Guid ProfileId) : IQuery<CarerContact?>;
