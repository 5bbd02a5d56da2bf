using CareMatch.Accounts.Contracts;
using CareMatch.Needs.Contracts;
using CareMatch.Needs.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Email;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Needs.Acting;

/// <summary>
/// Records the invitation and emails its link. The invitation is saved before the email is sent:
/// should the email fail, the inviter sees it listed and can withdraw it and invite again.
/// </summary>
internal sealed class InviteToRequestHandler(
    NeedsDbContext db,
    ICurrentUser currentUser,
    IModuleSender sender,
    IEmailSender emailSender,
    INeedsLinks links,
    IClock clock) : ICommandHandler<InviteToRequest>
{
    public async ValueTask<Unit> Handle(InviteToRequest command, CancellationToken cancellationToken)
    {
        var seat = await db.RequireSeatAsync(currentUser, command.RequestId, cancellationToken);
        if (!seat.MayManage) throw Refusal.Whole("Only the person who posted this request, or the person it is for, can invite someone to it.");
        var email = command.TheirEmail!.Trim().ToLowerInvariant();
        await EnsureNewToTheRequestAsync(seat, email, cancellationToken);

        var now = clock.UtcNow;
        var yourName = command.YourName!.Trim();
        if (seat.IsPoster) seat.Request.NamePoster(yourName);
        var token = InvitationTokens.New();
        var access = RequestAccess.Invite(seat.Request.Id, command.TheirName!.Trim(), email, command.Role!.Value, seat.UserId, InvitationTokens.Hash(token), now);
        db.RequestAccesses.Add(access);
        db.Did(seat.Request.Id, seat.UserId, $"Invited {access.Name} as {ActingRoleWords.Of(access.Role)}", now);
        await db.SaveChangesAsync(cancellationToken);

        await emailSender.SendAsync(InvitationEmail.For(access, yourName, seat.Request.RecipientFirstName, links.Invitation(token), links.SignUp()), cancellationToken);
        return Unit.Value;
    }

    private async Task EnsureNewToTheRequestAsync(ActingSeat seat, string email, CancellationToken cancellationToken)
    {
        var posterEmail = await sender.Send(new GetAccountEmail(seat.Request.SeekerUserId), cancellationToken);
        if (string.Equals(posterEmail, email, StringComparison.OrdinalIgnoreCase))
            throw Refusal.At(nameof(InviteToRequest.TheirEmail), "That is the email address of the person who posted the request, who already has access");
        var now = clock.UtcNow;
        var sameEmail = await db.RequestAccesses.Where(a => a.RequestId == seat.Request.Id && a.Email == email && a.EndedAt == null).ToListAsync(cancellationToken);
        if (sameEmail.Any(a => a.IsActive))
            throw Refusal.At(nameof(InviteToRequest.TheirEmail), "Someone with that email address already has access to this request");
        if (sameEmail.Any(a => a.IsOpenInvitation(now)))
            throw Refusal.At(nameof(InviteToRequest.TheirEmail), "Someone with that email address has already been invited. Withdraw that invitation to send a new one");
    }
}
