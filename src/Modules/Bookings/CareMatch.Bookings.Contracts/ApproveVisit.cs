using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>The seeker confirms a completed visit happened as recorded; otherwise it approves itself after <see cref="VisitTerms.AutoApproveAfter"/>.</summary>
[SentBy(Roles.Seeker)]
public sealed record ApproveVisit(Guid VisitId) : ICommand;
