using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using CareMatch.Matching.Engine.Index;
using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Snapshots;

namespace CareMatch.Benchmarks;

/// <summary>
/// The full engine (every filter and score, availability included) for the top 20, side by
/// side in the same run with the brute-force distance-only scan (the baseline, so the Ratio
/// column is engine ÷ scan). One operation is one request; each invocation runs the same
/// 1,000 population-weighted requests. BenchmarkDotNet's Median/P95 are over iterations
/// (averages of 1,000 requests each): the per-request median and p99 come from
/// <see cref="LatencyReport"/>, which runs after the benchmarks.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class MatchingBenchmark
{
    public const int Requests = 1000;

    private List<MatchRequest> _requests = [];
    private CarerIndex _index = CarerIndex.Empty();
    private DistanceScan? _scan;
    private readonly CarerMatcher _matcher = new();

    [Params(100_000, 1_000_000)]
    public int Carers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var population = new SyntheticPopulation();
        var carers = population.Carers(Carers);
        _requests = population.Requests(Requests);
        _index = CarerIndex.Build(carers);
        _scan = new DistanceScan(carers);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Requests)]
    public int BruteForceDistanceScan()
    {
        var found = 0;
        foreach (var request in _requests) found += _scan!.CountWithinReach(request);
        return found;
    }

    [Benchmark(OperationsPerInvoke = Requests)]
    public int FullEngineTop20()
    {
        var found = 0;
        foreach (var request in _requests) found += _matcher.Rank(_index, request, SyntheticPopulation.Today, 20).Carers.Count;
        return found;
    }

    /// <summary>A short job (one launch, 3 warm-ups, 3 iterations) so both sizes fit in a few minutes on 2 cores.</summary>
    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.ShortRun);
            AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Max);
        }
    }
}
