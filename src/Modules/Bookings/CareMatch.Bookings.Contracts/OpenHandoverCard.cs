using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>
/// The carer of a visit (the booked carer, or a carer covering it) opens the handover card of the
/// person they visit, while the booking is active. Each opening is recorded and shown to the
/// seeker; a carer covering a visit cannot check in until they have opened it. Anyone else: not found.
/// </summary>
[SentBy(Roles.Carer)]
public sealed record OpenHandoverCard(Guid VisitId) : ICommand<HandoverCardForCarer>;
