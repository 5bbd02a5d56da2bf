using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Providers.Contracts;

/// <summary>
/// The signed-in carer sets the name seekers see and their home postcode. The postcode stays
/// private: others only ever see its sector and a distance.
/// </summary>
[SentBy(Roles.Carer)]
public sealed record UpdateMyCarerBasics(string DisplayName, string HomePostcode) : ICommand;
