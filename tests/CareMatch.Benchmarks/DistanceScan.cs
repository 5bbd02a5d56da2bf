using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CareMatch.Matching.Engine.Geography;
using CareMatch.Matching.Engine.Snapshots;

namespace CareMatch.Benchmarks;

/// <summary>
/// The floor the engine is measured against: a brute-force scan over every carer that only
/// asks "is the request within this carer's radius?". Structure-of-arrays floats (a unit
/// vector and the squared chord of the radius per carer), compared with SIMD a vector's
/// width at a time: the fastest honest way to answer the question with no index at all.
/// </summary>
internal sealed class DistanceScan
{
    private readonly float[] _x;
    private readonly float[] _y;
    private readonly float[] _z;
    private readonly float[] _reach;

    public DistanceScan(IReadOnlyList<CarerSnapshot> carers)
    {
        _x = new float[carers.Count];
        _y = new float[carers.Count];
        _z = new float[carers.Count];
        _reach = new float[carers.Count];
        for (var i = 0; i < carers.Count; i++)
        {
            (_x[i], _y[i], _z[i]) = UnitVector(carers[i].Latitude, carers[i].Longitude);
            _reach[i] = (float)GreatCircle.ChordSquaredForKm(carers[i].TravelRadiusKm);
        }
    }

    public static (float X, float Y, float Z) UnitVector(double latitude, double longitude)
    {
        var phi = latitude * Math.PI / 180;
        var lambda = longitude * Math.PI / 180;
        return ((float)(Math.Cos(phi) * Math.Cos(lambda)), (float)(Math.Cos(phi) * Math.Sin(lambda)), (float)Math.Sin(phi));
    }

    /// <summary>How many carers can reach the request.</summary>
    public int CountWithinReach(MatchRequest request)
    {
        var (px, py, pz) = UnitVector(request.Latitude, request.Longitude);
        var vx = new Vector<float>(px);
        var vy = new Vector<float>(py);
        var vz = new Vector<float>(pz);
        ref var x = ref MemoryMarshal.GetArrayDataReference(_x);
        ref var y = ref MemoryMarshal.GetArrayDataReference(_y);
        ref var z = ref MemoryMarshal.GetArrayDataReference(_z);
        ref var reach = ref MemoryMarshal.GetArrayDataReference(_reach);
        var counts = Vector<int>.Zero;
        var i = 0;
        for (; i <= _x.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            var dx = Vector.LoadUnsafe(ref x, (nuint)i) - vx;
            var dy = Vector.LoadUnsafe(ref y, (nuint)i) - vy;
            var dz = Vector.LoadUnsafe(ref z, (nuint)i) - vz;
            var chordSquared = (dx * dx) + (dy * dy) + (dz * dz);
            counts -= Vector.LessThanOrEqual(chordSquared, Vector.LoadUnsafe(ref reach, (nuint)i));
        }

        var count = Vector.Sum(counts);
        for (; i < _x.Length; i++)
        {
            var dx = Unsafe.Add(ref x, i) - px;
            var dy = Unsafe.Add(ref y, i) - py;
            var dz = Unsafe.Add(ref z, i) - pz;
            if ((dx * dx) + (dy * dy) + (dz * dz) <= Unsafe.Add(ref reach, i)) count++;
        }

        return count;
    }
}
