using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>The handover card of one of the signed-in seeker's requests (empty until written), with every time a carer opened it. Anyone else's request is not found.</summary>
[SentBy(Roles.Seeker)]
public sealed record GetMyHandoverCard(Guid RequestId) : IQuery<MyHandoverCard>;
