using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

/// <summary>An admin sets the council's adult safeguarding contact, where urgent concerns in its districts are emailed.</summary>
[SentBy(Roles.Admin)]
public sealed record SetSafeguardingContact(Guid CouncilId, string? Email, string? Phone) : ICommand;
