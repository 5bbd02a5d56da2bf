namespace CareMatch.Web.Infrastructure.Demo.History;

/// <summary>
/// A seeker whose past the history makes: a weekly hour for <paramref name="Recipient"/> with the
/// history's carer, on the carer's availability slot number <paramref name="Slot"/>; paid by the
/// seeker's saved card, or, when <paramref name="Funded"/>, from a council personal budget.
/// </summary>
public sealed record DemoHistorySeeker(string UserId, int Number, string Recipient, int Slot, bool Funded);
