using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Commissioning.Contracts;

/// <summary>
/// The first step of a rebuild: Commissioning forgets the request and booking facts and that it
/// ever handled the events they came from, so replaying the other modules' delivered events
/// builds them again from scratch. Councils and commissioners are its own, and stay. The rows forgotten.
/// </summary>
[SentByModules]
public sealed record ForgetCommissioningActivity : ICommand<int>;
