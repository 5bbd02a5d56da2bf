using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

/// <summary>A booking's two reviews as one side sees them; anyone else is not found.</summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record GetMyReviews(Guid BookingId) : IQuery<BookingReviewsView>;
