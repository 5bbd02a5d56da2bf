using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace CareMatch.Bookings.Cover;

/// <summary>How the cover search widens: <see cref="CarersPerWave"/> more carers every <c>Bookings:CoverWaveInterval</c> (15 minutes unless configured).</summary>
internal sealed record CoverSettings(TimeSpan WaveInterval)
{
    public const string WaveIntervalKey = "Bookings:CoverWaveInterval";

    public const int CarersPerWave = 3;

    public static CoverSettings From(IConfiguration configuration)
    {
        var text = configuration[WaveIntervalKey];
        if (string.IsNullOrWhiteSpace(text)) return new CoverSettings(TimeSpan.FromMinutes(15));
        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var interval) && interval > TimeSpan.Zero
            ? new CoverSettings(interval)
            : throw new InvalidOperationException($"{WaveIntervalKey} must be a positive time span such as 00:15:00, not \"{text}\".");
    }
}
