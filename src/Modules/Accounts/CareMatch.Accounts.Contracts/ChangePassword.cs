using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Accounts.Contracts;

/// <summary>The signed-in person changes their password; other sessions end.</summary>
[SentByAnyoneSignedIn]
public sealed record ChangePassword(string CurrentPassword, string NewPassword) : ICommand;
