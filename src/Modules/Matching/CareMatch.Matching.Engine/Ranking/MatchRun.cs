using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CareMatch.Matching.Engine.Filters;
using CareMatch.Matching.Engine.Geography;
using CareMatch.Matching.Engine.Index;
using CareMatch.Matching.Engine.Snapshots;
using CareMatch.Matching.Engine.Time;

namespace CareMatch.Matching.Engine.Ranking;

/// <summary>
/// One query in progress: the index hands it each carer in the request's neighbourhood, in
/// reach or a near miss; it then checks those in reach (<see cref="ConsiderInReach"/>), keeps
/// the best N and counts, per filter, the carers removed and those who fail only that filter
/// (what the widening suggestions are made of).
/// </summary>
internal sealed class MatchRun
{
    private static readonly int FilterCount = Enum.GetValues<HardFilter>().Length;

    /// <summary>Set above every filter's bit, so the lowest set bit of a carer who broke no rule lands on an index nobody reads.</summary>
    private const uint NoFailure = 1U << 31;

    /// <summary>How many carers ahead rows are asked for: far enough for memory to answer before they are read.</summary>
    private const int PrefetchAhead = 16;

    private readonly Scorer _scorer;
    private readonly TopCarers _top;

    /// <summary>Carers removed, by filter; 32 long so a tally indexed by any bit of a failure mask needs no check.</summary>
    private readonly int[] _removed = new int[32];
    private readonly int[] _failOnlyThis = new int[FilterCount];
    private readonly int[] _missedParts = new int[PartOfWeek.Count];
    private readonly List<int> _ratesOverBudgetOnly = [];
    private readonly List<int> _nearMisses;
    private readonly List<(int Slot, float ChordSquared)> _inReach;
    private readonly RunScratch _scratch;

    /// <summary>Carers in reach who failed one rule only, perhaps with availability besides: see <see cref="CountSingleFailures"/>.</summary>
    private readonly List<(int Slot, byte Filter)> _failed;
    private readonly int _topCount;
    private readonly CarerIndex _index;
    private readonly IndexedHardFilters _filters;

    public MatchRun(PreparedRequest request, Scorer scorer, int top, CarerIndex index)
    {
        Request = request;
        _index = index;
        _filters = new IndexedHardFilters(request, index);
        var scratch = _scratch = RunScratch.Take();
        (_nearMisses, _failed, _inReach) = (scratch.NearMisses, scratch.Failed, scratch.InReach);
        CellsToVisit = scratch.CellsToVisit;
        _scorer = scorer;
        _top = new TopCarers(top);
        _topCount = top;
    }

    public PreparedRequest Request { get; }

    /// <summary>Room for the index to list the grid cells it will read, with the least squared distance to each.</summary>
    public List<(CellRange Cell, float Bound)> CellsToVisit { get; }

    public int Nearby { get; private set; }

    public int Eligible { get; private set; }

    /// <summary>
    /// A carer whose radius falls short of the request by at most the near-miss margin. Only
    /// kept now, and counted in <see cref="ConsiderInReach"/>; whether they would qualify but
    /// for distance is asked later, and only if the shortlist is short, because near misses
    /// outnumber the carers in reach and reading their rows would cost more than ranking everyone else.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void NearMiss(int slot) => _nearMisses.Add(slot);

    /// <summary>
    /// Counts the carers who fail one rule only (near misses: nothing but distance), when
    /// suggestions will be shown. Asked after the scan rather than during it: a full shortlist
    /// shows no suggestions, and busy areas, the slowest to rank, nearly always fill it.
    /// </summary>
    public void CountSingleFailures()
    {
        if (!WantsSuggestions) return;

        // Rows the scan never fetched (near misses, and carers in reach who broke a rule
        // before availability) are asked for a few carers ahead, as in ConsiderInReach.
        var nearMisses = CollectionsMarshal.AsSpan(_nearMisses);
        for (var i = 0; i < Math.Min(PrefetchAhead, nearMisses.Length); i++) _index.PrefetchRow(nearMisses[i]);
        for (var i = 0; i < nearMisses.Length; i++)
        {
            if (i + PrefetchAhead < nearMisses.Length) _index.PrefetchRow(nearMisses[i + PrefetchAhead]);
            if (_filters.First(nearMisses[i]) == HardFilter.None) _failOnlyThis[(int)HardFilter.TravelRadius]++;
        }

        var failed = CollectionsMarshal.AsSpan(_failed);
        for (var i = 0; i < Math.Min(PrefetchAhead, failed.Length); i++) _index.PrefetchRow(failed[i].Slot);
        for (var i = 0; i < failed.Length; i++)
        {
            if (i + PrefetchAhead < failed.Length) _index.PrefetchRow(failed[i + PrefetchAhead].Slot);
            var (slot, failure) = (failed[i].Slot, (HardFilter)failed[i].Filter);
            if (failure != HardFilter.Availability && !_filters.Available(slot)) continue;
            _failOnlyThis[(int)failure]++;
            if (failure == HardFilter.Budget) _ratesOverBudgetOnly.Add(_index.Row(slot).HourlyRatePence);
        }
    }

    /// <summary>Widening suggestions are for a short shortlist: when fewer carers qualify than were asked for.</summary>
    private bool WantsSuggestions => Eligible < Math.Max(_topCount, 1);

    /// <summary>A carer whose travel radius reaches the request: kept, and checked in <see cref="ConsiderInReach"/>.</summary>
    public void InReach(int slot, float chordSquared) => _inReach.Add((slot, chordSquared));

    /// <summary>
    /// Checks every carer in reach in sweeps: the rules on their rows; availability for those
    /// who pass; the score for those who are free. Each carer lives somewhere else in memory,
    /// and waiting for each in turn was most of a query, so each sweep asks for what the next
    /// will read before it starts: asked for early, it arrives together.
    /// </summary>
    public void ConsiderInReach()
    {
        var carers = CollectionsMarshal.AsSpan(_inReach);
        Nearby += carers.Length + _nearMisses.Count;
        _removed[(int)HardFilter.TravelRadius] += _nearMisses.Count;
        var passed = SweepRowRules(carers);
        foreach (var (slot, _) in carers[..passed]) _index.PrefetchClashes(slot);

        // Then availability for those who passed, and only then the scores: a carer's id and
        // record are asked for once they are known to be needed, so no fetch is wasted.
        var eligible = SweepAvailability(carers[..passed]);
        Eligible += eligible;
        foreach (var (slot, chordSquared) in carers[..eligible])
        {
            var carer = _index.View(slot);
            var distanceKm = GreatCircle.KmForChordSquared(chordSquared);
            _top.Offer(_scorer.Total(carer, Request, distanceKm), carer.Id, slot, distanceKm);
        }
    }

    /// <summary>
    /// Counts each carer under the first rule on their row they break, keeps those breaking a
    /// single rule for the suggestions, and moves those breaking none to the front of
    /// <paramref name="carers"/>; returns how many passed.
    /// </summary>
    /// <remarks>
    /// Without a branch per carer: whether a carer passed, and which rule they broke first, go
    /// either way at random, and mispredicting them cost more than the tallies. Suggestions are
    /// still wanted here, as no one has been found eligible yet.
    /// </remarks>
    private int SweepRowRules(Span<(int Slot, float ChordSquared)> carers)
    {
        var failures = _scratch.RowFailures(carers.Length);
        _filters.RowFailures(carers, failures);
        var singlesFrom = _failed.Count;
        CollectionsMarshal.SetCount(_failed, singlesFrom + carers.Length);
        var singles = CollectionsMarshal.AsSpan(_failed)[singlesFrom..];
        var (passed, single) = (0, 0);
        for (var i = 0; i < carers.Length; i++)
        {
            var failed = failures[i];
            var first = BitOperations.TrailingZeroCount(failed | NoFailure);
            _removed[first]++;

            // Failure masks never use the top bit, so these shifts read "none" and "at most one"
            // (failed is 0, or failed without its lowest bit is 0) straight off the sign bit.
            var none = (failed - 1) >> 31;
            var atMostOne = ((failed & (failed - 1)) - 1) >> 31;
            carers[passed] = carers[i];
            passed += (int)none;
            singles[single] = (carers[i].Slot, (byte)first);
            single += (int)(atMostOne & ~none);
        }

        CollectionsMarshal.SetCount(_failed, singlesFrom + single);
        return passed;
    }

    /// <summary>
    /// Moves the carers who are free to the front of <paramref name="carers"/> and returns how
    /// many; counts the others, with the parts of the week they miss, and keeps them for the
    /// suggestions (they fail availability alone).
    /// </summary>
    private int SweepAvailability(Span<(int Slot, float ChordSquared)> carers)
    {
        var free = 0;
        foreach (var carer in carers)
        {
            if (_filters.Available(carer.Slot))
            {
                _index.PrefetchScoring(carer.Slot);
                carers[free++] = carer;
                continue;
            }

            _removed[(int)HardFilter.Availability]++;
            CountMissed(carer.Slot);
            _failed.Add((carer.Slot, (byte)HardFilter.Availability));
        }

        return free;
    }

    public (double Score, Guid Id, int Slot, double DistanceKm)[] Ranked() => _top.Ranked();

    public FilterSummary Summary()
    {
        var removals = new List<FilterRemoval>();
        for (var i = 1; i < FilterCount; i++)
        {
            var count = _removed[i];
            if (count == 0) continue;
            var filter = (HardFilter)i;
            removals.Add(filter switch
            {
                HardFilter.TravelRadius => new FilterRemoval(filter, count, TravelRadiusFilter.Summarise(count)),
                HardFilter.Credentials => new FilterRemoval(filter, count, CredentialsFilter.Summarise(count)),
                HardFilter.BlockedBySeeker => new FilterRemoval(filter, count, BlockedBySeekerFilter.Summarise(count)),
                HardFilter.RequiredCare => new FilterRemoval(filter, count, RequiredCareFilter.Summarise(count)),
                HardFilter.Gender => new FilterRemoval(filter, count, GenderFilter.Summarise(count)),
                HardFilter.Language => new FilterRemoval(filter, count, LanguageFilter.Summarise(count)),
                HardFilter.Driver => new FilterRemoval(filter, count, DriverFilter.Summarise(count)),
                HardFilter.Budget => new FilterRemoval(filter, count, BudgetFilter.Summarise(count)),
                _ => AvailabilityRemoval(count),
            });
        }

        // Biggest reason first; ties keep the filters' own order (the sort is stable).
        var ordered = removals.OrderByDescending(removal => removal.Count).ToList();
        var text = Nearby == 0
            ? "No carers live within reach of this place yet"
            : ordered.Count == 0 ? (Nearby == 1 ? "The 1 nearby carer matches" : $"All {Nearby} nearby carers match") : string.Join(", ", ordered.Select(removal => removal.Text));
        return new FilterSummary(Nearby, Eligible, ordered, text);
    }

    public List<WideningSuggestion> Suggestions()
    {
        var suggestions = new List<WideningSuggestion>();
        if (!WantsSuggestions) return suggestions;
        for (var i = 1; i < FilterCount; i++)
        {
            var count = _failOnlyThis[i];
            if (count == 0) continue;
            var carers = Plural.Of(count, "carer", "carers");
            var more = Plural.Of(count, "more carer", "more carers");
            switch ((HardFilter)i)
            {
                case HardFilter.TravelRadius:
                    suggestions.Add(new((HardFilter)i, count, $"{more} would be in reach if they travelled up to {TravelRadiusFilter.NearMissKm} km further"));
                    break;
                case HardFilter.RequiredCare:
                    suggestions.Add(new((HardFilter)i, count, $"{more} {(count == 1 ? "matches" : "match")} everything but some of the care or skills required"));
                    break;
                case HardFilter.Gender:
                    suggestions.Add(new((HardFilter)i, count, $"Accepting a carer of any gender would add {carers}"));
                    break;
                case HardFilter.Language:
                    suggestions.Add(new((HardFilter)i, count, $"Not requiring the language would add {carers}"));
                    break;
                case HardFilter.Driver:
                    suggestions.Add(new((HardFilter)i, count, $"Not needing a driver would add {carers}"));
                    break;
                case HardFilter.Budget:
                    suggestions.Add(BudgetSuggestion());
                    break;
                case HardFilter.Availability:
                    suggestions.Add(new((HardFilter)i, count, $"{more} {(count == 1 ? "matches" : "match")} everything but the times; other days or times would widen the choice"));
                    break;
                default:
                    break;
            }
        }

        return suggestions.OrderByDescending(suggestion => suggestion.AdditionalCarers).ToList();
    }

    /// <summary>
    /// Suggests the median rate among carers who are over budget and nothing else: a raise a
    /// seeker can weigh ("£1.50 more brings in half of them"), not the most expensive carer's rate.
    /// </summary>
    private WideningSuggestion BudgetSuggestion()
    {
        _ratesOverBudgetOnly.Sort();
        var budget = _ratesOverBudgetOnly[(_ratesOverBudgetOnly.Count - 1) / 2];
        var added = _ratesOverBudgetOnly.Count(rate => rate <= budget);
        return new WideningSuggestion(
            HardFilter.Budget,
            added,
            $"Raising your budget to {Money.Pounds(budget)} an hour would add {Plural.Of(added, "carer", "carers")}",
            budget);
    }

    /// <summary>Adds the parts of the week the carer in <paramref name="slot"/> cannot do to the tally behind "most often not free on…".</summary>
    private void CountMissed(int slot) => CountMissedParts(_filters.MissedParts(slot), 1);

    private void CountMissedParts(uint parts, int carers)
    {
        while (parts != 0)
        {
            _missedParts[BitOperations.TrailingZeroCount(parts)] += carers;
            parts &= parts - 1;
        }
    }

    private FilterRemoval AvailabilityRemoval(int count)
    {
        var most = 0;
        for (var part = 1; part < PartOfWeek.Count; part++)
        {
            if (_missedParts[part] > _missedParts[most]) most = part;
        }

        if (_missedParts[most] == 0) return new FilterRemoval(HardFilter.Availability, count, AvailabilityFilter.Summarise(count, null, false));
        var mostMissed = PartOfWeek.FromIndex(most);
        return new FilterRemoval(HardFilter.Availability, count, AvailabilityFilter.Summarise(count, mostMissed, _missedParts[most] == count), mostMissed);
    }
}
