using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Providers.Contracts;

/// <summary>The signed-in carer's credentials, one entry per required kind (missing ones included).</summary>
[SentBy(Roles.Carer)]
public sealed record GetMyCredentials : IQuery<IReadOnlyList<CredentialView>>;
