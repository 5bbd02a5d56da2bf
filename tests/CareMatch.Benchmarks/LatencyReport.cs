using System.Diagnostics;
using System.Globalization;
using System.Text;
using CareMatch.Matching.Engine.Index;
using CareMatch.Matching.Engine.Ranking;

namespace CareMatch.Benchmarks;

/// <summary>
/// Per-request latency, memory and build time, measured with a Stopwatch because
/// BenchmarkDotNet reports iteration averages, not the spread across requests. For each size:
/// one untimed warm-up pass, then <see cref="Passes"/> passes over the same 1,000 requests,
/// timing every request alone, engine and brute-force scan interleaved so both see the same
/// machine load. Median and p99 are over all the timed requests (3,000 each).
/// Index memory is the managed heap growth across a build (after full collections) with
/// the carer snapshots already allocated and kept alive, divided by the carer count.
/// </summary>
internal static class LatencyReport
{
    private const int Passes = 3;

    public static void Run(IReadOnlyList<int> sizes)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Per-request latency, top 20, {MatchingBenchmark.Requests} population-weighted requests × {Passes} passes, one thread, {Environment.ProcessorCount} cores");
        report.AppendLine();
        report.AppendLine("| carers | engine median | engine p99 | scan median | scan p99 | median ratio | index bytes/carer | build | eligible/request (median) | patterns |");
        report.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var population = new SyntheticPopulation();
        var requests = population.Requests(MatchingBenchmark.Requests);
        var matcher = new CarerMatcher();

        // Warm-up on a separate small town, long enough for tiered compilation to settle on
        // optimised code for the build, the engine and the scan before anything is timed.
        var warmCarers = population.Carers(20_000, seed: 9);
        var warmScan = new DistanceScan(warmCarers);
        var warmClock = Stopwatch.StartNew();
        while (warmClock.Elapsed < TimeSpan.FromSeconds(3))
        {
            var warmIndex = CarerIndex.Build(warmCarers);
            foreach (var request in requests)
            {
                matcher.Rank(warmIndex, request, SyntheticPopulation.Today, 20);
                warmScan.CountWithinReach(request);
            }
        }

        foreach (var size in sizes)
        {
            var carers = population.Carers(size);
            var scan = new DistanceScan(carers);
            Collect();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var clock = Stopwatch.StartNew();
            var index = CarerIndex.Build(carers);
            var buildMs = clock.Elapsed.TotalMilliseconds;
            Collect();
            var bytesPerCarer = (double)(GC.GetTotalMemory(forceFullCollection: true) - before) / size;

            var engine = new List<double>();
            var brute = new List<double>();
            var eligible = new List<int>();
            for (var pass = 0; pass <= Passes; pass++)
            {
                foreach (var request in requests)
                {
                    var start = Stopwatch.GetTimestamp();
                    var result = matcher.Rank(index, request, SyntheticPopulation.Today, 20);
                    var middle = Stopwatch.GetTimestamp();
                    scan.CountWithinReach(request);
                    var end = Stopwatch.GetTimestamp();
                    if (pass == 0)
                    {
                        eligible.Add(result.Summary.Eligible);
                        continue;
                    }

                    engine.Add(Stopwatch.GetElapsedTime(start, middle).TotalMicroseconds);
                    brute.Add(Stopwatch.GetElapsedTime(middle, end).TotalMicroseconds);
                }
            }

            engine.Sort();
            brute.Sort();
            eligible.Sort();
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {size:N0} | {Micro(Percentile(engine, 0.5))} | {Micro(Percentile(engine, 0.99))} | {Micro(Percentile(brute, 0.5))} | {Micro(Percentile(brute, 0.99))} | {Percentile(engine, 0.5) / Percentile(brute, 0.5):0.00}× | {bytesPerCarer:0} B | {buildMs:0} ms | {eligible[eligible.Count / 2]} | {index.DistinctAvailabilityPatterns:N0} |");
            GC.KeepAlive(carers);
            GC.KeepAlive(index);
        }

        var text = report.ToString();
        Console.WriteLine();
        Console.WriteLine(text);
        Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
        File.WriteAllText(Path.Combine("BenchmarkDotNet.Artifacts", "latency-report.md"), text);
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static double Percentile(List<double> sorted, double quantile) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(quantile * sorted.Count) - 1)];

    private static string Micro(double microseconds) => microseconds >= 1000
        ? string.Create(CultureInfo.InvariantCulture, $"{microseconds / 1000:0.00} ms")
        : string.Create(CultureInfo.InvariantCulture, $"{microseconds:0} µs");
}
