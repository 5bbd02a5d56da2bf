using CareMatch.Bookings.Contracts;
using CareMatch.Commissioning.Contracts;
using CareMatch.Needs.Contracts;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.Trust.Contracts;
using CareMatch.Trust.Messages;
using CareMatch.Trust.Parties;
using CareMatch.Trust.Persistence;

namespace CareMatch.Trust.Safeguarding;

/// <summary>
/// Finds what a concern would be about, for the asker only: a visit or booking through Bookings'
/// own party checks, a carer's public profile for seekers, a message in the asker's thread. Anything
/// else is not found, so ids of other people's things reveal nothing. The council is the one covering
/// the care's postcode district.
/// </summary>
internal sealed class ConcernSubjects(TrustParty party, TrustDbContext db, IModuleSender sender)
{
    public async Task<ConcernSubjectFacts> FindAsync(ConcernAbout about, CancellationToken cancellationToken)
    {
        var given = new object?[] { about.MessageId, about.CarerId, about.BookingId, about.VisitId }.Count(id => id is not null);
        if (given != 1 || (about.Family && about.VisitId is null)) throw new NotFoundException("A concern is about exactly one thing.");
        var facts = about switch
        {
            { MessageId: { } messageId } => await MessageAsync(messageId, cancellationToken),
            { VisitId: { } visitId } => await VisitAsync(visitId, about.Family, cancellationToken),
            { BookingId: { } bookingId } => await BookingAsync(bookingId, cancellationToken),
            { CarerId: { } carerId } => await CarerAsync(carerId, cancellationToken),
            _ => throw new NotFoundException("A concern is about exactly one thing."),
        };
        var councils = await sender.Send(new ListCouncilDistricts(), cancellationToken);
        return facts with { CouncilId = councils.TryGetValue(facts.District, out var found) ? found : null };
    }

    private async Task<ConcernSubjectFacts> MessageAsync(Guid messageId, CancellationToken cancellationToken)
    {
        var (message, conversation, district) = await ReportedMessage.LoadAsync(db, party, sender, messageId, cancellationToken);
        return new ConcernSubjectFacts(ConcernSubject.Message, conversation.Id, message.Id, conversation.CarerProfileId, null, null,
            message.Author == Side.Carer ? conversation.CarerName : null, null, null, district, null);
    }

    private async Task<ConcernSubjectFacts> VisitAsync(Guid visitId, bool family, CancellationToken cancellationToken)
    {
        var visit = await sender.Send(new GetVisit(visitId), cancellationToken);
        var asCarer = await party.CarerProfileIdAsync(cancellationToken) == visit.CarerProfileId;
        // Only the visit's carer has a family to raise a concern about; the family asking so is not found.
        if (family && !asCarer) throw new NotFoundException($"No visit {visitId} of the asker's to raise a concern about the family.");
        // A cover carer may not see the booking, but both sides see the visit's sector, and its district is the request's.
        var district = DistrictOf(visit.Sector);
        return family
            ? new ConcernSubjectFacts(ConcernSubject.Family, null, null, visit.CarerProfileId, visit.BookingId, visit.VisitId, visit.ForCarer?.RecipientFirstName, null, null, district, null)
            : new ConcernSubjectFacts(ConcernSubject.Visit, null, null, visit.CarerProfileId, visit.BookingId, visit.VisitId, visit.CarerName, visit.StartsAt, visit.EndsAt, district, null);
    }

    private async Task<ConcernSubjectFacts> BookingAsync(Guid bookingId, CancellationToken cancellationToken)
    {
        var booking = await sender.Send(new GetBooking(bookingId), cancellationToken);
        var district = (await sender.Send(new GetCareRequestFacts(booking.RequestId), cancellationToken))?.District ?? DistrictOf(booking.Sector);
        // Bookings answered, so the asker is one side: its carer raises it about the family, its seeker about the carer.
        return await party.CarerProfileIdAsync(cancellationToken) == booking.CarerProfileId
            ? new ConcernSubjectFacts(ConcernSubject.Family, null, null, booking.CarerProfileId, booking.BookingId, null, booking.ForCarer?.RecipientFirstName, null, null, district, null)
            : new ConcernSubjectFacts(ConcernSubject.Carer, null, null, booking.CarerProfileId, booking.BookingId, null, booking.CarerName, null, null, district, null);
    }

    /// <summary>
    /// A carer's public profile, for seekers only (they may have met them outside a booking). The area
    /// is that of the care the seeker last booked them for; with no booking, the carer's home district;
    /// failing that, the seeker's latest request's; failing that, none.
    /// </summary>
    private async Task<ConcernSubjectFacts> CarerAsync(Guid carerId, CancellationToken cancellationToken)
    {
        if (party.SeekerUserId is null) throw new NotFoundException($"No carer {carerId} for this asker.");
        var carer = await sender.Send(new GetPublicCarerProfile(carerId), cancellationToken);
        var booked = await sender.Send(new FindMyLatestBookingWith(carerId), cancellationToken) is { } requestId
            ? (await sender.Send(new GetCareRequestFacts(requestId), cancellationToken))?.District
            : null;
        var district = booked ?? DistrictOf(carer.HomeSector);
        if (district.Length == 0 && (await sender.Send(new ListMyCareRequests(), cancellationToken)).FirstOrDefault() is { } latest)
            district = (await sender.Send(new GetCareRequestFacts(latest.RequestId), cancellationToken))?.District ?? "";
        return new ConcernSubjectFacts(ConcernSubject.Carer, null, null, carer.ProfileId, null, null, carer.DisplayName, null, null, district, null);
    }

    /// <summary>A sector ("LS1 1") is its district, a space, and one digit.</summary>
    private static string DistrictOf(string? sector) => sector?.Trim().Split(' ')[0] ?? "";
}
