namespace CareMatch.Trust.Parties;

/// <summary>The two sides of a booking or thread: the family (the request's seeker) and the carer.</summary>
internal enum Side
{
    Seeker,
    Carer,
}
