using CareMatch.Providers.Common;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Persistence;
using CareMatch.Providers.Profiles;
using CareMatch.SharedKernel.Identity;
using Mediator;

namespace CareMatch.Providers.Availability;

internal sealed class GetMyAvailabilityHandler(ProvidersDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetMyAvailability, CarerAvailability>
{
    public async ValueTask<CarerAvailability> Handle(GetMyAvailability query, CancellationToken cancellationToken)
    {
        var profile = await MyProfile.FindAsync(db, currentUser, cancellationToken);
        return profile is null ? new CarerAvailability([], []) : Of(profile);
    }

    public static CarerAvailability Of(CarerProfile profile) => new(
        profile.Slots.Select(s => new WeeklySlot(s.Day, s.Start, s.End)).ToList(),
        profile.TimeOff.Select(t => new TimeOff(t.From, t.To)).ToList());
}
