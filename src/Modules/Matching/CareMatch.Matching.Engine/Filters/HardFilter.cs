namespace CareMatch.Matching.Engine.Filters;

/// <summary>
/// The rules a carer must pass to be shown at all, in the order the engine applies them. A
/// carer failing several is counted once, under the first: so the removal counts add up to
/// the carers removed, and the cheap, definite reasons come before the fiddly ones.
/// </summary>
public enum HardFilter
{
    None = 0,

    /// <summary>The request lies outside the carer's travel radius.</summary>
    TravelRadius,

    /// <summary>Not verified, or a required credential lapses before care starts.</summary>
    Credentials,

    /// <summary>The seeker blocked this carer.</summary>
    BlockedBySeeker,

    /// <summary>Does not offer every care type and skill required.</summary>
    RequiredCare,

    /// <summary>Not the gender the seeker requires.</summary>
    Gender,

    /// <summary>Does not speak every language required.</summary>
    Language,

    /// <summary>The request needs a driver and the carer does not drive.</summary>
    Driver,

    /// <summary>The hourly rate is above the seeker's budget.</summary>
    Budget,

    /// <summary>Not free for every slot (weekly availability minus time off minus booked visits).</summary>
    Availability,
}
