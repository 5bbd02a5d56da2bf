namespace CareMatch.Needs.Contracts;

/// <summary>
/// The roles as a person reads them, beside a name: "Jane Smith (attorney)". Needs owns them
/// because its invitation emails and the request's history say them too.
/// </summary>
public static class ActingRoleWords
{
    public static string Of(ActingRole role) => role switch
    {
        ActingRole.FamilyMember => "family member",
        ActingRole.Attorney => "attorney",
        ActingRole.AuthorisedPerson => "authorised person for the direct payment",
        ActingRole.PersonCaredFor => "the person cared for",
        _ => "helper",
    };
}
