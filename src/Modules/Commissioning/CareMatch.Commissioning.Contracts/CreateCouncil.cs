using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Commissioning.Contracts;

/// <summary>An admin sets up a council: its name and the postcode districts that make up its area.</summary>
[SentBy(Roles.Admin)]
public sealed record CreateCouncil(string Name, string Districts) : ICommand<Guid>;
