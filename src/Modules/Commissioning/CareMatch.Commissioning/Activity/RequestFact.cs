using CareMatch.Needs.Contracts;

namespace CareMatch.Commissioning.Activity;

/// <summary>
/// One care request as Commissioning keeps it, from Needs' and Bookings' events: where (the
/// postcode district, never the address), what kind of care, for whom (an age band, never a
/// name), how it is paid for, when it was posted, closed, and first given. The metrics are
/// counted from these and nothing else.
/// </summary>
internal sealed class RequestFact
{
    private RequestFact()
    {
    }

    public Guid RequestId { get; private set; }

    public string District { get; private set; } = "";

    /// <summary>The kinds of care asked for, comma-separated in a fixed order, so a filter is a text match.</summary>
    public string CareTypes { get; private set; } = "";

    public AgeBand AgeBand { get; private set; }

    public FundingSource Funding { get; private set; }

    /// <summary>The hours asked for each week, in minutes: every slot's length (a one-off request's single visit counts once).</summary>
    public int WeeklyMinutes { get; private set; }

    public DateTimeOffset PostedAt { get; private set; }

    /// <summary>The first day of the care asked for (UK date): before it, a request waiting is not yet care missed.</summary>
    public DateOnly? CareStartsOn { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public DateTimeOffset? FirstBookedAt { get; private set; }

    /// <summary>When a carer first answered the request: applied to it, or accepted or declined an invitation to it.</summary>
    public DateTimeOffset? FirstCarerResponseAt { get; private set; }

    /// <summary>When a carer first checked in to a visit for this request: the care first delivered.</summary>
    public DateTimeOffset? FirstDeliveredAt { get; private set; }

    /// <summary>What Matching last found stands in the way (see <c>OpenRequestMatchChecked</c>): null while carers could take it, or before it has looked.</summary>
    public string? Obstacle { get; private set; }

    /// <summary>For an obstacle of availability: the part of the week most carers nearby could not do ("Tuesday mornings").</summary>
    public string? MostOftenMissed { get; private set; }

    /// <summary>When Matching last looked; null if it never has, which the figures count as "not looked at yet".</summary>
    public DateTimeOffset? MatchCheckedAt { get; private set; }

    public static RequestFact Posted(Guid requestId, CareRequestFacts facts, DateTimeOffset postedAt)
    {
        var fact = new RequestFact { RequestId = requestId, PostedAt = postedAt };
        fact.Describe(facts);
        return fact;
    }

    public void Describe(CareRequestFacts facts)
    {
        District = facts.District;
        CareStartsOn = facts.When.StartDate;
        CareTypes = string.Join(',', facts.Requirements.CareTypes.Order());
        AgeBand = facts.RecipientAgeBand;
        Funding = facts.Funding;
        WeeklyMinutes = (int)facts.When.Slots.Sum(s => (s.End - s.Start).TotalMinutes);
    }

    public void Closed(DateTimeOffset at) => ClosedAt ??= at;

    /// <summary>The earliest carer response stands: an application, or an answer to an invitation.</summary>
    public void Responded(DateTimeOffset at) => FirstCarerResponseAt = FirstCarerResponseAt is { } known && known <= at ? known : at;

    public void Booked(DateTimeOffset at) => FirstBookedAt = FirstBookedAt is { } known && known <= at ? known : at;

    /// <summary>Matching's latest look stands; an older one arriving late changes nothing.</summary>
    public void MatchChecked(string? obstacle, string? mostOftenMissed, DateTimeOffset at)
    {
        if (MatchCheckedAt >= at) return;
        (Obstacle, MostOftenMissed, MatchCheckedAt) = (obstacle, mostOftenMissed, at);
    }

    /// <summary>The earliest check-in stands, whatever order the visits' events arrive in.</summary>
    public void Delivered(DateTimeOffset checkedInAt) =>
        FirstDeliveredAt = FirstDeliveredAt is { } known && known <= checkedInAt ? known : checkedInAt;
}
