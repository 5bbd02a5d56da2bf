using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.PersonalData;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>
/// The signed-in person's offers, bookings, visits and cover, as seeker or as carer. Of the
/// other side, only what their pages already show them (a carer never gets the seeker's user id).
/// </summary>
[SentByAnyoneSignedIn]
public sealed record ExportMyBookingsData : IQuery<ModuleDataExport>;
