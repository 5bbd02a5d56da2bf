using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace CareMatch.SharedKernel.Configuration;

/// <summary>
/// A duration from configuration, such as <c>00:15:00</c> or <c>2.00:00:00</c>. Unset means the
/// default; anything that is not a duration (or is zero where zero makes no sense) stops the app
/// at start with a message naming the key, rather than running with a surprising interval.
/// </summary>
public static class ConfiguredTimeSpan
{
    public static TimeSpan Read(IConfiguration configuration, string key, TimeSpan fallback, bool zeroAllowed = false)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        var valid = TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && (zeroAllowed ? value >= TimeSpan.Zero : value > TimeSpan.Zero);
        return valid
            ? value
            : throw new InvalidOperationException($"{key} must be a {(zeroAllowed ? "" : "positive ")}time span such as {fallback.ToString("c", CultureInfo.InvariantCulture)}, not \"{text}\".");
    }
}
