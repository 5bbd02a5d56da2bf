using CareMatch.Bookings.Bookings;
using CareMatch.Bookings.Contracts;
using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Authorization;

namespace CareMatch.Bookings.Visits;

/// <summary>
/// Who the booked carer cares for and where, read from Needs. Only for the carer, and only while
/// the booking is active: once it ends, the carer no longer needs the address.
/// </summary>
internal static class PrivateDetails
{
    public static async Task<PrivateDetailsForCarer?> ForCarerAsync(IModuleSender sender, Booking booking, CancellationToken cancellationToken)
    {
        if (!booking.Active) return null;
        var request = await sender.Send(new GetCareRequestForBooking(booking.RequestId), cancellationToken)
            ?? throw new NotFoundException($"No request {booking.RequestId}.");
        return new PrivateDetailsForCarer(request.RecipientFirstName, $"{request.AddressLine}, {request.Postcode}", request.CareNotes);
    }
}
