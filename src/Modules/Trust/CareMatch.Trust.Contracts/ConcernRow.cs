namespace CareMatch.Trust.Contracts;

/// <summary>One line of the admins' queue; <see cref="Owner"/> is the owning admin's name, null when nobody has it.</summary>
public sealed record ConcernRow(Guid Id, string Reference, DateTimeOffset RaisedAt, bool Urgent, ConcernStatus Status, string RaisedBy, string About, bool Mine, string? Owner);
