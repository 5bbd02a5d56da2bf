using System.Diagnostics;
using CareMatch.Matching.Engine.Index;
using CareMatch.Matching.Engine.Ranking;

namespace CareMatch.Benchmarks;

/// <summary>
/// `-- --profile [carers] [seconds]`: ranks the latency report's requests over and over with
/// nothing else running, so a sampling profiler (perf with DOTNET_PerfMapEnabled=1) sees only the engine.
/// </summary>
internal static class ProfileLoop
{
    public static void Run(string[] args)
    {
        var numbers = args.Where(arg => int.TryParse(arg, out _)).Select(int.Parse).ToArray();
        var size = numbers.Length > 0 ? numbers[0] : 100_000;
        var seconds = numbers.Length > 1 ? numbers[1] : 20;
        var population = new SyntheticPopulation();
        var requests = population.Requests(MatchingBenchmark.Requests);
        var index = CarerIndex.Build(population.Carers(size));
        var matcher = new CarerMatcher();

        // With "middle", only the requests that take between the 30th and 70th percentile
        // time: the median is what the latency target is about, and the slow tail dominates a mean.
        if (args.Contains("middle"))
        {
            for (var warm = 0; warm < 5; warm++)
            {
                foreach (var request in requests) matcher.Rank(index, request, SyntheticPopulation.Today, 20);
            }

            var timed = requests.Select(request =>
            {
                var start = Stopwatch.GetTimestamp();
                matcher.Rank(index, request, SyntheticPopulation.Today, 20);
                return (Request: request, Time: Stopwatch.GetElapsedTime(start));
            }).OrderBy(pair => pair.Time).ToList();
            requests = timed.Skip(timed.Count * 3 / 10).Take(timed.Count * 4 / 10).Select(pair => pair.Request).ToList();
        }

        var clock = Stopwatch.StartNew();
        var ranked = 0L;
        while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            foreach (var request in requests) matcher.Rank(index, request, SyntheticPopulation.Today, 20);
            ranked += requests.Count;
        }

        Console.WriteLine($"{ranked} requests, {clock.Elapsed.TotalMicroseconds / ranked:0.0} µs mean");
        var times = new List<double>();
        for (var pass = 0; pass < 3; pass++)
        {
            foreach (var request in requests)
            {
                var start = Stopwatch.GetTimestamp();
                matcher.Rank(index, request, SyntheticPopulation.Today, 20);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            }
        }

        times.Sort();
        Console.WriteLine($"median {times[times.Count / 2]:0.0} µs");

        // Allocation matters beyond its own cost: in the latency report every new object lands
        // on memory the brute-force scan has pushed out of cache.
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        foreach (var request in requests) matcher.Rank(index, request, SyntheticPopulation.Today, 20);
        Console.WriteLine($"{(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)requests.Count:0} bytes allocated per request");
    }
}
