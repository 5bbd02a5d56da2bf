namespace CareMatch.Web.Infrastructure.Demo.History;

/// <summary>Who takes part in the demo history: the commissioner who funds, one verified carer, and the seekers they visit.</summary>
public sealed record DemoHistoryCast(
    string CommissionerId,
    string CarerId,
    Guid CarerProfileId,
    int CarerNumber,
    string CarerPostcode,
    IReadOnlyList<DemoHistorySeeker> Seekers);
