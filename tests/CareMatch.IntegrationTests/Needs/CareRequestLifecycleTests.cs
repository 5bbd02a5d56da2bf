using CareMatch.Needs.Contracts;
using CareMatch.Needs.Requests;

namespace CareMatch.IntegrationTests.Needs;

/// <summary>The lifecycle as a table: every pair of statuses, legal or not. Pure, no database.</summary>
public sealed class CareRequestLifecycleTests
{
    private static readonly HashSet<(CareRequestStatus, CareRequestStatus)> Legal =
    [
        (CareRequestStatus.Draft, CareRequestStatus.Open),
        (CareRequestStatus.Draft, CareRequestStatus.Cancelled),
        (CareRequestStatus.Open, CareRequestStatus.Booked),
        (CareRequestStatus.Open, CareRequestStatus.Cancelled),
        (CareRequestStatus.Open, CareRequestStatus.Expired),
        (CareRequestStatus.Booked, CareRequestStatus.Closed),
        (CareRequestStatus.Booked, CareRequestStatus.Cancelled),
    ];

    public static TheoryData<CareRequestStatus, CareRequestStatus> EveryPair()
    {
        var data = new TheoryData<CareRequestStatus, CareRequestStatus>();
        foreach (var from in Enum.GetValues<CareRequestStatus>())
        {
            foreach (var to in Enum.GetValues<CareRequestStatus>()) data.Add(from, to);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Only_the_legal_moves_are_allowed(CareRequestStatus from, CareRequestStatus to)
    {
        var legal = Legal.Contains((from, to));

        Assert.Equal(legal, CareRequestLifecycle.CanMove(from, to));
        var refused = Record.Exception(() => CareRequestLifecycle.Ensure(from, to));
        if (legal) Assert.Null(refused);
        else Assert.IsType<IllegalTransitionException>(refused);
    }

    [Theory]
    [InlineData(CareRequestStatus.Draft, true)]
    [InlineData(CareRequestStatus.Open, true)]
    [InlineData(CareRequestStatus.Booked, false)]
    [InlineData(CareRequestStatus.Closed, false)]
    [InlineData(CareRequestStatus.Cancelled, false)]
    [InlineData(CareRequestStatus.Expired, false)]
    public void Only_drafts_and_open_requests_can_be_edited(CareRequestStatus status, bool editable) =>
        Assert.Equal(editable, CareRequestLifecycle.CanEdit(status));
}
