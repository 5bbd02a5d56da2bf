using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Notifications.Contracts;

/// <summary>
/// The one-click link in an email: turns off one kind of email for the one person the signed
/// token names, whoever (if anyone) is signed in. Never throws for a bad token: it says so.
/// </summary>
[SentByAnyone]
public sealed record Unsubscribe(string? Token) : ICommand<UnsubscribeResult>;
