using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

public sealed record SafeguardingContactView(string Email, string? Phone);
