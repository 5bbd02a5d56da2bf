using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>The visit's carer arrives: from 30 minutes before the start until its end.</summary>
[SentBy(Roles.Carer)]
public sealed record CheckIn(Guid VisitId) : ICommand;
