namespace CareMatch.Trust.Contracts;

/// <summary>
/// What a concern is about: exactly one of a message (in the asker's thread), a carer (their public
/// profile, for seekers), a booking (the other side of it: the carer for its seeker, the family for its
/// carer) or a visit (for its seeker or carer). With <see cref="Family"/>, a visit's carer raises it
/// about the family they visit rather than the visit (a carer covering one visit has no booking page).
/// Anything else, or none, is not found.
/// </summary>
public sealed record ConcernAbout(Guid? MessageId = null, Guid? CarerId = null, Guid? BookingId = null, Guid? VisitId = null, bool Family = false);
