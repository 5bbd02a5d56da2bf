using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

/// <summary>Reviews of <see cref="ReviewLimits.FlaggedAtOrBelow"/> stars or fewer, for admins to read, newest first, hidden ones with who hid them and why.</summary>
[SentBy(Roles.Admin)]
public sealed record ListFlaggedReviews : IQuery<IReadOnlyList<FlaggedReview>>;
