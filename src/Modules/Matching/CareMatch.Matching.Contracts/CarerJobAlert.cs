namespace CareMatch.Matching.Contracts;

/// <summary>One alert and the carer profile it was sent to.</summary>
public sealed record CarerJobAlert(Guid CarerProfileId, JobAlert Alert);
