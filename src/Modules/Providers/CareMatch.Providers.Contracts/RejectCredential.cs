using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Providers.Contracts;

/// <summary>Admins: the evidence does not check out; the carer sees the reason.</summary>
[SentBy(Roles.Admin)]
public sealed record RejectCredential(Guid ProfileId, Guid CredentialId, string? Reason) : ICommand;
