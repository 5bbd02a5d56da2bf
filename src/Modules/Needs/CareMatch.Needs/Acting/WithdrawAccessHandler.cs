using CareMatch.Needs.Contracts;
using CareMatch.Needs.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Needs.Acting;

/// <summary>
/// Ends someone's access at once: from their next page they no longer see the request, its
/// bookings or its messages. Withdrawing twice is harmless.
/// </summary>
internal sealed class WithdrawAccessHandler(NeedsDbContext db, ICurrentUser currentUser, IClock clock) : ICommandHandler<WithdrawAccess>
{
    public async ValueTask<Unit> Handle(WithdrawAccess command, CancellationToken cancellationToken)
    {
        var seat = await db.RequireSeatAsync(currentUser, command.RequestId, cancellationToken);
        var access = await db.RequestAccesses.SingleOrDefaultAsync(a => a.Id == command.AccessId && a.RequestId == command.RequestId, cancellationToken)
            ?? throw new NotFoundException();
        if (access.EndedAt is not null) return Unit.Value;
        if (!seat.MayWithdraw(access)) throw new NotFoundException();

        var now = clock.UtcNow;
        access.End(seat.UserId, now);
        var what = access.UserId == seat.UserId ? "Gave up their access"
            : access.AcceptedAt is null ? $"Withdrew the invitation to {access.Name}"
            : $"Withdrew the access of {access.Name} ({ActingRoleWords.Of(access.Role)})";
        db.Did(access.RequestId, seat.UserId, what, now);
        return Unit.Value;
    }
}
