namespace CareMatch.Commissioning.Councils;

/// <summary>A commissioner works for one council and sees only that council's figures.</summary>
internal sealed class CommissionerAssignment(string userId, Guid councilId, DateTimeOffset assignedAt)
{
    public string UserId { get; private set; } = userId;

    public Guid CouncilId { get; private set; } = councilId;

    public DateTimeOffset AssignedAt { get; private set; } = assignedAt;
}
