using CareMatch.Providers.Common;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Persistence;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Providers.Availability;

/// <summary>
/// Replaces the carer's weekly slots and time off with the form's, all or nothing.
/// <see cref="SetMyAvailabilityValidator"/> has refused any row that does not read.
/// </summary>
internal sealed class SetMyAvailabilityHandler(ProvidersDbContext db, ICurrentUser currentUser, IClock clock)
    : ICommandHandler<SetMyAvailability>
{
    public async ValueTask<Unit> Handle(SetMyAvailability command, CancellationToken cancellationToken)
    {
        var profile = await MyProfile.LoadAsync(db, currentUser, cancellationToken);
        var slots = AvailabilityRows.MondayFirst(AvailabilityRows.Slots(command.Slots).Select(s => s.Slot));
        profile.ReplaceAvailability(slots, AvailabilityRows.TimeOff(command.TimeOff));
        CarerEventFactory.ProfileChanged(db, profile, clock);
        return Unit.Value;
    }
}
