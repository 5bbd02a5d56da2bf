using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Accounts.Contracts;

/// <summary>Sends the signed-in person a new link to confirm their email address.</summary>
[SentByAnyoneSignedIn]
public sealed record ResendEmailConfirmation : ICommand;
