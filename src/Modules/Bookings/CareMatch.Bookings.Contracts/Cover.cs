using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>Where the search for someone to cover a carer's cancelled visit stands.</summary>
public enum CoverStatus
{
    /// <summary>Carers are being asked, three at a time, more every 15 minutes.</summary>
    Searching = 1,

    /// <summary>A carer has offered; the seeker decides.</summary>
    AwaitingApproval,

    /// <summary>The seeker approved the carer: the visit is theirs.</summary>
    Filled,

    /// <summary>The visit began with nobody approved.</summary>
    Unfilled,
}

/// <summary>The cover search for a cancelled visit, as the booking's seeker sees it.</summary>
public sealed record CoverView(Guid CoverRequestId, CoverStatus Status, int CarersAsked, string? VolunteerName, Guid? CoverVisitId, bool CanDecide);

/// <summary>The signed-in carer's requests to cover someone else's visit, newest first.</summary>
[SentBy(Roles.Carer)]
public sealed record ListMyCoverOffers : IQuery<IReadOnlyList<CoverOfferView>>;

public sealed record CoverOfferView(Guid CoverOfferId, string Sector, DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateTimeOffset SentAt, bool CanVolunteer, string? Closed);

/// <summary>A carer asked to cover offers to; the first to offer goes to the seeker for approval.</summary>
[SentBy(Roles.Carer)]
public sealed record VolunteerForCover(Guid CoverOfferId) : ICommand;

/// <summary>The seeker approves the carer who offered: the visit is booked with them.</summary>
[SentBy(Roles.Seeker)]
public sealed record ApproveCover(Guid CoverRequestId) : ICommand;

/// <summary>The seeker turns the carer who offered down; the search goes on without them.</summary>
[SentBy(Roles.Seeker)]
public sealed record DeclineCover(Guid CoverRequestId) : ICommand;
