using CareMatch.Needs.Contracts;

namespace CareMatch.Needs.Requests;

/// <summary>A request was asked to move where its lifecycle does not go; handlers turn it into a message for the person.</summary>
internal sealed class IllegalTransitionException(CareRequestStatus from, CareRequestStatus to)
    : InvalidOperationException($"A care request cannot go from {from} to {to}.")
{
    public CareRequestStatus From { get; } = from;

    public CareRequestStatus To { get; } = to;
}
