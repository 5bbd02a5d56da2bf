namespace CareMatch.Needs.Contracts;

/// <summary>Who the person needing care is to the seeker who posts the request.</summary>
public enum RecipientRelationship
{
    Myself = 1,
    Parent,
    Partner,
    Child,
    OtherRelative,
    Friend,
    SomeoneElse,
}
