using BenchmarkDotNet.Attributes;
using CareMatch.Matching.Engine.Geography;

namespace CareMatch.Benchmarks;

/// <summary>
/// The floor every matching benchmark is compared with: a brute-force distance-only scan
/// over all carers for one request.
/// </summary>
[MemoryDiagnoser]
public class DistanceScanBenchmark
{
    private double[] _latitudes = [];
    private double[] _longitudes = [];

    [Params(100_000)]
    public int Carers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _latitudes = new double[Carers];
        _longitudes = new double[Carers];
        for (var i = 0; i < Carers; i++)
        {
            _latitudes[i] = 50.0 + random.NextDouble() * 8.0;
            _longitudes[i] = -5.5 + random.NextDouble() * 7.0;
        }
    }

    [Benchmark]
    public int CarersWithin25Km()
    {
        var count = 0;
        for (var i = 0; i < _latitudes.Length; i++)
        {
            if (GreatCircle.DistanceKm(53.8, -1.55, _latitudes[i], _longitudes[i]) <= 25) count++;
        }
        return count;
    }
}
