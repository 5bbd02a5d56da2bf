namespace CareMatch.Bookings.Contracts;

/// <summary>What only the booked carer is told: who they care for, where, and what the family wrote for them.</summary>
public sealed record PrivateDetailsForCarer(string RecipientFirstName, string Address, string? CareNotes);
