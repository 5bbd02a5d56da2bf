namespace CareMatch.Needs.Contracts;

/// <summary>
/// Why someone other than the person who posted a request may act on it. Stated by whoever
/// invites them and shown beside everything they do, so a carer's family always knows on whose
/// authority a decision was made.
/// </summary>
public enum ActingRole
{
    FamilyMember = 1,

    /// <summary>Holds a lasting power of attorney for the person cared for.</summary>
    Attorney,

    /// <summary>Manages a council direct payment for the person cared for.</summary>
    AuthorisedPerson,

    /// <summary>The person the care is for, when someone else posted the request.</summary>
    PersonCaredFor,
}
