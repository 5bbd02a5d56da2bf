using CareMatch.Bookings.Contracts;
using Mediator;

namespace CareMatch.Bookings.Offers;

internal sealed class GetOfferLifetimeHandler(OfferSettings settings) : IQueryHandler<GetOfferLifetime, TimeSpan>
{
    public ValueTask<TimeSpan> Handle(GetOfferLifetime query, CancellationToken cancellationToken) => ValueTask.FromResult(settings.Lifetime);
}
