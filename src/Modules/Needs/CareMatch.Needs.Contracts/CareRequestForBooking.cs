namespace CareMatch.Needs.Contracts;

public sealed record CareRequestForBooking(
    Guid RequestId,
    string SeekerUserId,
    CareRequestStatus Status,
    string RecipientFirstName,
    string? CareNotes,
    CareSchedule When,
    string Sector,
    string Postcode,
    string AddressLine,
    long MaxHourlyRatePence);
