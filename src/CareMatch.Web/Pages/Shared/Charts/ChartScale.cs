namespace CareMatch.Web.Pages.Shared.Charts;

/// <summary>A chart's value axis: from zero to a round top, with a few round ticks (1, 2 or 5 times a power of ten apart), so gridlines read as plain numbers.</summary>
public sealed record ChartScale(int Top, IReadOnlyList<int> Ticks)
{
    public static ChartScale For(IEnumerable<int?> values, int mostTicks = 5)
    {
        var largest = Math.Max(1, values.Max(v => v ?? 0));
        var step = 1;
        for (var power = 1; ; power *= 10)
        {
            var fits = new[] { 1, 2, 5 }.Select(m => m * power).FirstOrDefault(s => (largest + s - 1) / s <= mostTicks);
            if (fits > 0)
            {
                step = fits;
                break;
            }
        }
        var top = (largest + step - 1) / step * step;
        return new ChartScale(top, [.. Enumerable.Range(0, (top / step) + 1).Select(i => i * step)]);
    }

    /// <summary>How far up the axis <paramref name="value"/> is, from 0 (the baseline) to <paramref name="length"/> (the top).</summary>
    public double Along(int value, double length) => Top == 0 ? 0 : length * value / Top;
}
