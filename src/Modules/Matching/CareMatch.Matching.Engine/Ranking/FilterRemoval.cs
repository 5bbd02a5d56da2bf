using CareMatch.Matching.Engine.Filters;
using CareMatch.Matching.Engine.Time;

namespace CareMatch.Matching.Engine.Ranking;

/// <summary>
/// How many carers one filter removed, in words ("5 not free on Tuesday mornings"). For the
/// availability filter, <see cref="MostOftenMissed"/> is the part of the week most of them
/// could not do.
/// </summary>
public sealed record FilterRemoval(HardFilter Filter, int Count, string Text, PartOfWeek? MostOftenMissed = null);
