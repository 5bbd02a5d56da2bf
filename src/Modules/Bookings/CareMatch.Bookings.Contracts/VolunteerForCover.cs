using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>A carer asked to cover offers to; the first to offer goes to the seeker for approval.</summary>
[SentBy(Roles.Carer)]
public sealed record VolunteerForCover(Guid CoverOfferId) : ICommand;
