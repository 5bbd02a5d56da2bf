using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Notifications.Contracts;

/// <summary>Every kind, in order, with whether the signed-in person gets its emails.</summary>
[SentByAnyoneSignedIn]
public sealed record GetMyEmailSettings : IQuery<IReadOnlyList<EmailSetting>>;
