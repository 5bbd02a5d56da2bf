using BenchmarkDotNet.Running;
using CareMatch.Benchmarks;

// `-- --filter '*'` runs the BenchmarkDotNet suite, then the per-request latency report.
// `-- --latency` runs only the latency report (about two minutes). `--no-latency` skips it.
if (args.Contains("--profile"))
{
    ProfileLoop.Run(args);
    return;
}

if (args.Contains("--commissioning"))
{
    // `-- --commissioning 50000`: the commissioning load report on PostgreSQL (see CommissioningLoadReport).
    var requests = args.Where(arg => int.TryParse(arg, out _)).Select(int.Parse).DefaultIfEmpty(50_000).First();
    await CommissioningLoadReport.RunAsync(requests);
    return;
}

if (args.Contains("--latency"))
{
    // `-- --latency 100000` measures only the sizes given: quicker for comparing before and after.
    var sizes = args.Where(arg => int.TryParse(arg, out _)).Select(int.Parse).ToArray();
    LatencyReport.Run(sizes.Length > 0 ? sizes : [100_000, 1_000_000]);
    return;
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Where(arg => arg != "--no-latency").ToArray());
if (!args.Contains("--no-latency") && summaries.Any(summary => summary.BenchmarksCases.Any(c => c.Descriptor.Type == typeof(MatchingBenchmark))))
{
    LatencyReport.Run([100_000, 1_000_000]);
}

/// <summary>Entry point for BenchmarkDotNet's switcher.</summary>
public partial class Program;
