using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Notifications.Contracts;

/// <summary>The signed-in person's notifications, newest first: the latest <see cref="Limit"/>.</summary>
[SentByAnyoneSignedIn]
public sealed record ListMyNotifications : IQuery<IReadOnlyList<InboxItem>>
{
    public const int Limit = 100;
}
