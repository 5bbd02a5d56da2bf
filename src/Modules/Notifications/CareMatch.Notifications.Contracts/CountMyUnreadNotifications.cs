using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Notifications.Contracts;

/// <summary>How many of the signed-in person's notifications they have not opened: shown in the header on every page.</summary>
[SentByAnyoneSignedIn]
public sealed record CountMyUnreadNotifications : IQuery<int>;
