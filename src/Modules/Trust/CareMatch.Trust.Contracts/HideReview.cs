using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

/// <summary>An admin hides a review, giving a reason that is recorded with their id and the time; it leaves the carer's rating.</summary>
[SentBy(Roles.Admin)]
public sealed record HideReview(Guid ReviewId, string? Reason) : ICommand;
