using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Persistence;
using CareMatch.Needs.Contracts;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Offers;

internal sealed class InviteCarerValidator : AbstractValidator<InviteCarer>
{
    public InviteCarerValidator() =>
        RuleFor(c => c.Message).MaximumLength(1000).WithMessage("Your message must be 1,000 characters or fewer");
}

internal sealed class ApplyToRequestValidator : AbstractValidator<ApplyToRequest>
{
    public ApplyToRequestValidator() =>
        RuleFor(c => c.Message).MaximumLength(1000).WithMessage("Your message must be 1,000 characters or fewer");
}

/// <summary>
/// A seeker invites a bookable carer to their own open request. Anyone else's request is not
/// found (Needs checks); a carer who is not bookable is not found either.
/// </summary>
internal sealed class InviteCarerHandler(IModuleSender sender, ICurrentUser currentUser, BookingsDbContext db, OfferSettings settings, IClock clock)
    : ICommandHandler<InviteCarer, Guid>
{
    public async ValueTask<Guid> Handle(InviteCarer command, CancellationToken cancellationToken)
    {
        var seekerId = currentUser.RequireUserId();
        var request = await sender.Send(new GetMyCareRequest(command.RequestId), cancellationToken);
        if (request.Status != CareRequestStatus.Open) throw Refusal.Whole("You can invite carers only to a published request that is not yet booked.");
        var carer = await sender.Send(new GetPublicCarerProfile(command.CarerProfileId), cancellationToken);
        var now = clock.UtcNow;
        if (await OfferRules.HasPendingAsync(db, command.RequestId, command.CarerProfileId, now, cancellationToken))
        {
            throw Refusal.Whole($"You have already asked {carer.DisplayName} about this request; wait for their answer.");
        }

        var offer = Offer.Send(OfferKind.Invitation, command.RequestId, seekerId, carer.ProfileId, carer.DisplayName, request.Sector, OfferRules.Tidy(command.Message), now, settings.Lifetime);
        db.Offers.Add(offer);
        return offer.Id;
    }
}

/// <summary>A bookable carer applies to an open request; requests that are not open are not found.</summary>
internal sealed class ApplyToRequestHandler(IModuleSender sender, BookingsDbContext db, OfferSettings settings, IClock clock)
    : ICommandHandler<ApplyToRequest, Guid>
{
    public async ValueTask<Guid> Handle(ApplyToRequest command, CancellationToken cancellationToken)
    {
        var profile = await sender.Send(new GetMyCarerProfile(), cancellationToken);
        if (profile is not { Bookable: true }) throw Refusal.Whole("You can apply for jobs once your profile is complete and your checks are verified.");
        var request = await sender.Send(new GetCareRequestForBooking(command.RequestId), cancellationToken);
        if (request is not { Status: CareRequestStatus.Open }) throw new NotFoundException($"No open request {command.RequestId}.");
        var carer = await sender.Send(new GetPublicCarerProfile(profile.ProfileId), cancellationToken);
        var now = clock.UtcNow;
        if (await OfferRules.HasPendingAsync(db, command.RequestId, profile.ProfileId, now, cancellationToken))
        {
            throw Refusal.Whole("You have already applied for this job, or been invited to it; see your offers.");
        }

        var offer = Offer.Send(OfferKind.Application, request.RequestId, request.SeekerUserId, carer.ProfileId, carer.DisplayName, request.Sector, OfferRules.Tidy(command.Message), now, settings.Lifetime);
        db.Offers.Add(offer);
        return offer.Id;
    }
}

internal static class OfferRules
{
    public static Task<bool> HasPendingAsync(BookingsDbContext db, Guid requestId, Guid carerProfileId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Offers.AnyAsync(o => o.RequestId == requestId && o.CarerProfileId == carerProfileId && o.Status == OfferStatus.Pending && o.ExpiresAt > now, cancellationToken);

    public static string? Tidy(string? message) => string.IsNullOrWhiteSpace(message) ? null : message.Trim();
}
