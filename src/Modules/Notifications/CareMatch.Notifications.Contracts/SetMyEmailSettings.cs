using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Notifications.Contracts;

/// <summary>
/// The kinds whose emails the signed-in person wants; every other kind that can be turned off is
/// turned off. Safety kinds stay on whatever is sent.
/// </summary>
[SentByAnyoneSignedIn]
public sealed record SetMyEmailSettings(IReadOnlyCollection<NotificationKind> On) : ICommand;
