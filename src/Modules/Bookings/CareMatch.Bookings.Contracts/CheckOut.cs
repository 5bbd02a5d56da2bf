using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>The visit's carer leaves, with optional notes for the family.</summary>
[SentBy(Roles.Carer)]
public sealed record CheckOut(Guid VisitId, string? Notes) : ICommand;
