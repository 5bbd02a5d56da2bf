namespace CareMatch.SharedKernel.Authorization;

/// <summary>
/// Nothing with that id exists for the person asking. Pages answer 404; also used where
/// saying "forbidden" would reveal that someone else's record exists.
/// </summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException()
        : base("Not found.")
    {
    }

    public NotFoundException(string message)
        : base(message)
    {
    }

    public NotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
