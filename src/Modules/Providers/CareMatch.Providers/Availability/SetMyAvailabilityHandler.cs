using CareMatch.Providers.Common;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Persistence;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Providers.Availability;

/// <summary>Replaces the carer's weekly slots and time off with the form's, all or nothing.</summary>
internal sealed class SetMyAvailabilityHandler(ProvidersDbContext db, ICurrentUser currentUser, IClock clock)
    : ICommandHandler<SetMyAvailability>
{
    public async ValueTask<Unit> Handle(SetMyAvailability command, CancellationToken cancellationToken)
    {
        var profile = await MyProfile.LoadAsync(db, currentUser, cancellationToken);
        var (slots, timeOff) = AvailabilityReader.Read(command);
        profile.ReplaceAvailability(slots, timeOff);
        CarerEventFactory.ProfileChanged(db, profile, clock);
        return Unit.Value;
    }
}
