using CareMatch.SharedKernel.Configuration;
using Microsoft.Extensions.Configuration;

namespace CareMatch.Bookings.Offers;

/// <summary>How long an offer stays open: <c>Bookings:OfferLifetime</c>, <see cref="DefaultLifetime"/> unless configured.</summary>
internal sealed record OfferSettings(TimeSpan Lifetime)
{
    public const string LifetimeKey = "Bookings:OfferLifetime";

    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(48);

    public static OfferSettings From(IConfiguration configuration) =>
        new(ConfiguredTimeSpan.Read(configuration, LifetimeKey, DefaultLifetime));
}
