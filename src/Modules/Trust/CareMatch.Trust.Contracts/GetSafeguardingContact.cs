using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

[SentBy(Roles.Admin)]
public sealed record GetSafeguardingContact(Guid CouncilId) : IQuery<SafeguardingContactView?>;
