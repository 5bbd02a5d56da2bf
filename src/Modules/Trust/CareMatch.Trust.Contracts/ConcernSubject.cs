namespace CareMatch.Trust.Contracts;

/// <summary>The kind of thing a concern is about.</summary>
public enum ConcernSubject
{
    Message,
    Carer,
    Family,
    Visit,
}
