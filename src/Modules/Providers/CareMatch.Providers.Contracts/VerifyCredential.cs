using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Providers.Contracts;

/// <summary>Admins: the evidence checks out.</summary>
[SentBy(Roles.Admin)]
public sealed record VerifyCredential(Guid ProfileId, Guid CredentialId) : ICommand;
