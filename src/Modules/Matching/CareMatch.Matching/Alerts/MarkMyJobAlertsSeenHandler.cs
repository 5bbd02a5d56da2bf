using CareMatch.Matching.Contracts;
using CareMatch.Matching.Persistence;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Matching.Alerts;

internal sealed class MarkMyJobAlertsSeenHandler(IModuleSender sender, MatchingDbContext db, IClock clock) : ICommandHandler<MarkMyJobAlertsSeen>
{
    public async ValueTask<Unit> Handle(MarkMyJobAlertsSeen command, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetMyCarerProfile(), cancellationToken) is not { } profile) return Unit.Value;
        var now = clock.UtcNow;
        foreach (var alert in await db.JobAlerts.Where(a => a.CarerProfileId == profile.ProfileId && a.SeenAt == null).ToListAsync(cancellationToken))
        {
            alert.MarkSeen(now);
        }

        return Unit.Value;
    }
}
