using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Events;
using CareMatch.SharedKernel.PersonalData;
using Mediator;

namespace CareMatch.Accounts.Contracts;

/// <summary>
/// Every consumer has had <see cref="AccountDeleted"/>; Accounts may now forget the deletion
/// message itself, the last row that names the deleted account's id.
/// </summary>
public sealed record AccountDeletionDelivered(Guid DeletionEventId) : IntegrationEvent;
