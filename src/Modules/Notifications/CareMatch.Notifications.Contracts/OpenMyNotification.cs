using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Notifications.Contracts;

/// <summary>
/// Marks one of the signed-in person's notifications read and answers the path it links to.
/// Someone else's (or an unknown) notification: NotFound.
/// </summary>
[SentByAnyoneSignedIn]
public sealed record OpenMyNotification(Guid NotificationId) : ICommand<string>;
