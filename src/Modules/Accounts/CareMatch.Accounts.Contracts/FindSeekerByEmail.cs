using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Accounts.Contracts;

/// <summary>For Payments: the user id of the seeker with this email (a council offering them a personal budget), or null when no seeker has it.</summary>
[SentByModules]
public sealed record FindSeekerByEmail(string Email) : IQuery<string?>;
