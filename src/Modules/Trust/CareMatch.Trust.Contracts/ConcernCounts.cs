using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

public sealed record ConcernCounts(int? Open, int? Urgent, int? Closed)
{
    public const int SuppressedBelow = 5;
}
