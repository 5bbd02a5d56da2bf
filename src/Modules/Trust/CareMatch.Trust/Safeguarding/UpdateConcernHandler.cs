using CareMatch.Notifications.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using CareMatch.Trust.Contracts;
using CareMatch.Trust.Persistence;
using Mediator;

namespace CareMatch.Trust.Safeguarding;

/// <summary>Moves a concern on and/or notes something, in the trail; the raiser is told a new status (never the note).</summary>
internal sealed class UpdateConcernHandler(TrustDbContext db, ICurrentUser currentUser, IModuleSender sender, IClock clock) : ICommandHandler<UpdateConcern>
{
    public async ValueTask<Unit> Handle(UpdateConcern command, CancellationToken cancellationToken)
    {
        var concern = await ConcernLoader.LoadAsync(db, command.ConcernId, cancellationToken);
        var me = currentUser.RequireUserId();
        var now = clock.UtcNow;
        if (command.Status is { } status && status != concern.Status)
        {
            db.ConcernEntries.Add(ConcernEntry.Record(concern.Id, me, ConcernEntryKind.StatusChanged, $"{SafeguardingText.Status(concern.Status)} to {SafeguardingText.Status(status)}", now));
            concern.MoveTo(status);
            await sender.Send(new Notify(
                concern.RaisedByUserId,
                NotificationKind.Safeguarding,
                $"Your concern {concern.Reference} is now: {SafeguardingText.Status(status)}",
                $"The safeguarding concern you raised ({concern.Reference}) is now: {SafeguardingText.Status(status)}. Thank you for raising it.",
                "/Concerns"), cancellationToken);
        }
        if (!string.IsNullOrWhiteSpace(command.Note))
            db.ConcernEntries.Add(ConcernEntry.Record(concern.Id, me, ConcernEntryKind.Note, command.Note.Trim(), now));
        return Unit.Value;
    }
}
