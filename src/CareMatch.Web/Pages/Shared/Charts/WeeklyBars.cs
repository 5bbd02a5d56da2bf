using System.Globalization;
using CareMatch.Commissioning.Contracts;

namespace CareMatch.Web.Pages.Shared.Charts;

/// <summary>
/// The weekly chart's geometry: for each week, an outlined bar for the requests posted and, inside
/// it, a solid bar for those first visited within 7 days. Outline against solid, not colour, tells
/// them apart, so the chart reads in print and to anyone who does not see colour.
/// </summary>
public sealed class WeeklyBars
{
    public const double Width = 720;
    public const double Height = 300;
    public const double Left = 44;
    public const double Bottom = 36;
    public const double Top = 12;

    private WeeklyBars(ChartScale scale, IReadOnlyList<Bar> bars)
    {
        Scale = scale;
        Bars = bars;
    }

    public sealed record Bar(WeekOfRequests Week, double X, double Width, double PostedY, double PostedHeight, double Within7Y, double Within7Height, string? Label);

    public ChartScale Scale { get; }

    public IReadOnlyList<Bar> Bars { get; }

    public static double PlotHeight => Height - Top - Bottom;

    public static double Baseline => Height - Bottom;

    public double TickY(int tick) => Baseline - Scale.Along(tick, PlotHeight);

    public static WeeklyBars Of(IReadOnlyList<WeekOfRequests> weeks)
    {
        var scale = ChartScale.For(weeks.Select(w => w.Posted.Value));
        var slot = (Width - Left - 8) / Math.Max(1, weeks.Count);
        var labelEvery = (int)Math.Ceiling(weeks.Count / 13.0);
        var bars = weeks.Select((week, i) =>
        {
            var posted = scale.Along(week.Posted.Value ?? 0, PlotHeight);
            var within7 = scale.Along(week.FirstVisitWithin7Days.Value ?? 0, PlotHeight);
            return new Bar(week, Left + (i * slot) + (slot * 0.15), slot * 0.7, Baseline - posted, posted, Baseline - within7, within7,
                i % labelEvery == 0 ? week.Starting.ToString("d MMM", CultureInfo.GetCultureInfo("en-GB")) : null);
        }).ToList();
        return new WeeklyBars(scale, bars);
    }
}
