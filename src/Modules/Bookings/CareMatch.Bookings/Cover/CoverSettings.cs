using CareMatch.SharedKernel.Configuration;
using Microsoft.Extensions.Configuration;

namespace CareMatch.Bookings.Cover;

/// <summary>How the cover search widens: <see cref="CarersPerWave"/> more carers every <c>Bookings:CoverWaveInterval</c> (15 minutes unless configured).</summary>
internal sealed record CoverSettings(TimeSpan WaveInterval)
{
    public const string WaveIntervalKey = "Bookings:CoverWaveInterval";

    public const int CarersPerWave = 3;

    public static CoverSettings From(IConfiguration configuration) =>
        new(ConfiguredTimeSpan.Read(configuration, WaveIntervalKey, TimeSpan.FromMinutes(15)));
}
