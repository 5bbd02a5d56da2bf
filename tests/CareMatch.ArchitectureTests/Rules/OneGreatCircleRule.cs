using System.Reflection;
using CareMatch.ArchitectureTests.Support;

namespace CareMatch.ArchitectureTests.Rules;

/// <summary>
/// Distances between places are worked out in one place, GeoPoint.KilometresTo, with one Earth
/// radius; the matching engine, which may reference only the BCL, keeps the one other copy. A
/// haversine needs an arcsine (or an arctangent of two), so a call to either elsewhere is a home-made one.
/// </summary>
internal sealed class OneGreatCircleRule
{
    private static readonly HashSet<string> InverseTrigonometry = new(StringComparer.Ordinal)
    {
        "System.Math.Asin",
        "System.Math.Atan2",
    };

    public IReadOnlyList<string> Check(Assembly assembly) =>
        MethodCalls.In(assembly)
            .Where(call => InverseTrigonometry.Contains(call.Called))
            .Where(call => call.Caller.FullName is not "CareMatch.SharedKernel.Values.GeoPoint"
                && !call.Caller.FullName!.StartsWith("CareMatch.Matching.Engine.", StringComparison.Ordinal))
            .Select(call => $"{call.Caller.FullName}.{call.CallerMethod} works out a distance itself. Use GeoPoint.KilometresTo.")
            .Distinct()
            .ToList();
}
