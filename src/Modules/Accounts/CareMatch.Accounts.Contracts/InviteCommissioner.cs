using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Accounts.Contracts;

/// <summary>An admin invites a commissioner to a council; they set their own password from the email.</summary>
[SentBy(Roles.Admin)]
public sealed record InviteCommissioner(Guid CouncilId, string Email) : ICommand<string>;
