using CareMatch.SharedKernel.Configuration;
using Microsoft.Extensions.Configuration;

namespace CareMatch.Matching.CarerIndexing;

/// <summary>
/// How fresh each node keeps its index. Every <see cref="PollInterval"/> a node reads the
/// carer changes written since it last looked (by any node) and re-reads those carers; as a
/// safety net it rebuilds the whole index when older than <see cref="RebuildAfter"/>.
/// </summary>
internal sealed record CarerIndexFreshness(TimeSpan PollInterval, TimeSpan RebuildAfter)
{
    public const string PollIntervalKey = "Matching:ChangePollInterval";

    /// <summary>Re-read a little of the past each poll: changes commit late, and nodes' clocks differ.</summary>
    public static readonly TimeSpan Overlap = TimeSpan.FromMinutes(1);

    public static CarerIndexFreshness From(IConfiguration configuration) =>
        new(ConfiguredTimeSpan.Read(configuration, PollIntervalKey, TimeSpan.FromSeconds(5), zeroAllowed: true), TimeSpan.FromHours(1));
}
