using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

/// <summary>
/// The family reviews the carer, or the carer the family, once the booking's first visit is
/// completed: 1 to 5 stars and words. Once each, and kept unseen by the other side until both
/// have written or <see cref="ReviewLimits.PublishedAfter"/> has passed.
/// </summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record WriteReview(Guid BookingId, int? Stars, string? Text) : ICommand;
