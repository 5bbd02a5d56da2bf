using System.Runtime.CompilerServices;
using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Snapshots;

namespace CareMatch.Matching.Engine.Filters;

/// <summary>
/// The hard filters a carer's row decides (all but the travel radius, the seeker's blocks and
/// availability), as the plain numbers of one query, so a loop over carers keeps them in
/// registers. Every rule is tested rather than stopping at the first failure: each is a
/// compare on a row already loaded, and a branch per rule that went either way at random cost
/// more than the tests.
/// </summary>
internal readonly struct RowRules(PreparedRequest request)
{
    private readonly ulong _careTypes = request.RequiredCareTypes;
    private readonly ulong _skills = request.RequiredSkills;
    private readonly ulong _languages = request.RequiredLanguages;
    private readonly long _maxRatePence = request.MaxHourlyRatePence;
    private readonly int _firstDay = request.FirstDay;
    private readonly byte _gender = request.RequiredGender;
    private readonly bool _needsDriver = request.NeedsDriver;

    /// <summary>The rules the row breaks, as bit 1 &lt;&lt; <see cref="HardFilter"/>; the lowest bit is the first failure.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Failures(in CarerRow row) =>
        Bit(row.CredentialsValidThroughDay < _firstDay, HardFilter.Credentials)
        | Bit((row.CareTypes & _careTypes) != _careTypes, HardFilter.RequiredCare)
        | Bit((row.Skills & _skills) != _skills, HardFilter.RequiredCare)
        | Bit(_gender != 0 & row.Gender != _gender, HardFilter.Gender)
        | Bit((row.Languages & _languages) != _languages, HardFilter.Language)
        | Bit(_needsDriver & !row.Drives, HardFilter.Driver)
        | Bit(row.HourlyRatePence > _maxRatePence, HardFilter.Budget);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Bit(bool fails, HardFilter filter) => (fails ? 1U : 0) << (int)filter;
}
