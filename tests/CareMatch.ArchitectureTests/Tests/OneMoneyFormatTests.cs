using System.Reflection;
using CareMatch.SharedKernel.Values;
using Xunit;

namespace CareMatch.ArchitectureTests.Tests;

/// <summary>
/// Money reads one way everywhere: SharedKernel's Money.ToString, and the matching engine's own copy
/// (it may reference only the BCL), which must write every amount exactly as Money does.
/// </summary>
public sealed class OneMoneyFormatTests
{
    private static readonly MethodInfo EnginePounds =
        typeof(CareMatch.Matching.Engine.Geography.GreatCircle).Assembly
            .GetType("CareMatch.Matching.Engine.Filters.Money", throwOnError: true)!
            .GetMethod("Pounds", BindingFlags.Public | BindingFlags.Static)!;

    [Fact]
    public void The_engine_writes_every_amount_as_Money_does()
    {
        var random = new Random(20261202);
        var amounts = new long[] { 0, 1, 99, 100, 1850, 2200, 100_000, 123_456_789, -550 }
            .Concat(Enumerable.Range(0, 5_000).Select(_ => (long)random.Next(0, 10_000_000)));

        foreach (var pence in amounts)
        {
            Assert.Equal(new Money(pence).ToString(), (string)EnginePounds.Invoke(null, [pence])!);
        }
    }
}
