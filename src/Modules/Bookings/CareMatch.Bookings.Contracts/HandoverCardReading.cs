namespace CareMatch.Bookings.Contracts;

/// <summary>One time a carer opened a handover card: who, when (UK time), and for which visit (UK time), and whether they were covering it.</summary>
public sealed record HandoverCardReading(string CarerName, DateTimeOffset OpenedAt, Guid VisitId, DateTimeOffset VisitStartsAt, bool Covering);
