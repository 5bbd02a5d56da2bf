using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

/// <summary>
/// An admin reads the thread the concern names, as written (nothing masked). Each reading is
/// recorded in the concern's trail with who and when: the only way an admin reads messages.
/// </summary>
[SentBy(Roles.Admin)]
public sealed record ReadConcernThread(Guid ConcernId) : ICommand<ConcernThread>;
