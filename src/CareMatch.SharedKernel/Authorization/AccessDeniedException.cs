namespace CareMatch.SharedKernel.Authorization;

/// <summary>
/// The person asking may not do this (or see this). Pages answer 403. The access behaviour throws
/// it for a message whose declaration does not admit the sender; handlers throw it for a step only
/// the other side of something they own may take ("only the carer checks in").
/// </summary>
public sealed class AccessDeniedException : Exception
{
    public AccessDeniedException()
        : base("You do not have access to this.")
    {
    }

    public AccessDeniedException(string message)
        : base(message)
    {
    }

    public AccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
