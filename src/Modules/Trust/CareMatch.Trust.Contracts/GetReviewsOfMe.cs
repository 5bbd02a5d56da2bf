using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

/// <summary>The signed-in carer's reviews, exactly as families see them on their page.</summary>
[SentBy(Roles.Carer)]
public sealed record GetReviewsOfMe : IQuery<CarerReviews>;
