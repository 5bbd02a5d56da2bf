using CareMatch.Needs.Contracts;
using CareMatch.Needs.Requests;

namespace CareMatch.Needs.Acting;

/// <summary>
/// Where the asker sits on a request: its poster (<see cref="Access"/> null) or someone invited.
/// The poster and the person cared for decide who else may act; the others only act.
/// </summary>
internal sealed record ActingSeat(CareRequest Request, RequestAccess? Access, string UserId)
{
    public bool IsPoster => Access is null;

    public bool MayManage => IsPoster || Access!.Role == ActingRole.PersonCaredFor;

    public bool MayWithdraw(RequestAccess other) => MayManage || other.UserId == UserId;
}
