using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

/// <summary>The concerns the signed-in person raised, newest first, with their status and never the admins' notes.</summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record ListMyConcerns : IQuery<IReadOnlyList<MyConcern>>;
