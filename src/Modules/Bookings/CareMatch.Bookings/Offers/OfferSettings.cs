using CareMatch.SharedKernel.Configuration;
using Microsoft.Extensions.Configuration;

namespace CareMatch.Bookings.Offers;

/// <summary>How long an offer stays open: <c>Bookings:OfferLifetime</c>, 48 hours unless configured.</summary>
internal sealed record OfferSettings(TimeSpan Lifetime)
{
    public const string LifetimeKey = "Bookings:OfferLifetime";

    public static OfferSettings From(IConfiguration configuration) =>
        new(ConfiguredTimeSpan.Read(configuration, LifetimeKey, TimeSpan.FromHours(48)));
}
