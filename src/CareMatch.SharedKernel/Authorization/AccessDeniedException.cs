namespace CareMatch.SharedKernel.Authorization;

/// <summary>
/// The person asking may not do this (or see this). Pages answer 403; handlers throw it as a
/// second line of defence behind the page's own role check.
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
