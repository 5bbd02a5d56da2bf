namespace CareMatch.Needs.Contracts;

public sealed record EditableCareRequest(CareRequestStatus Status, bool CanEdit, CareRequestDetails Details);
