using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace CareMatch.SharedKernel.Configuration;

/// <summary>
/// A percentage from configuration, from 0 to 100, such as <c>8</c> or <c>12.5</c>. Unset means
/// the default; anything else stops the app at start with a message naming the key, rather than
/// charging people a surprising fee.
/// </summary>
public static class ConfiguredPercent
{
    public static decimal Read(IConfiguration configuration, string key, decimal fallback)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var percent) && percent is >= 0 and <= 100
            ? percent
            : throw new InvalidOperationException($"{key} must be a percentage from 0 to 100, like 8 or 12.5, not \"{text}\".");
    }
}
