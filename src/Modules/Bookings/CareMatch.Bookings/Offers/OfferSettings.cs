using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace CareMatch.Bookings.Offers;

/// <summary>How long an offer stays open: <c>Bookings:OfferLifetime</c>, 48 hours unless configured.</summary>
internal sealed record OfferSettings(TimeSpan Lifetime)
{
    public const string LifetimeKey = "Bookings:OfferLifetime";

    public static OfferSettings From(IConfiguration configuration)
    {
        var text = configuration[LifetimeKey];
        if (string.IsNullOrWhiteSpace(text)) return new OfferSettings(TimeSpan.FromHours(48));
        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var lifetime) && lifetime > TimeSpan.Zero
            ? new OfferSettings(lifetime)
            : throw new InvalidOperationException($"{LifetimeKey} must be a positive time span such as 2.00:00:00, not \"{text}\".");
    }
}
