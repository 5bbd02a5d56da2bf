using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Commissioning.Contracts;

/// <summary>
/// The signed-in commissioner sets the hourly rate their council's care framework pays, in pounds as
/// typed (<see cref="HourlyRate"/>), so the workforce view can show carers' rates against it.
/// </summary>
[SentBy(Roles.Commissioner)]
public sealed record SetMyFrameworkRate(string? HourlyRate) : ICommand;
