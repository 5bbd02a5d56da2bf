namespace CareMatch.SharedKernel.Validation;

/// <summary>
/// What a person typed cannot be accepted. Carries messages per field (the command's
/// property names) so the page can show them at the field; never becomes a 500.
/// </summary>
public sealed class InputValidationException : Exception
{
    public InputValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base("The input was not valid: " + string.Join("; ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))))
    {
        Errors = errors;
    }

    public InputValidationException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public InputValidationException()
        : this(new Dictionary<string, string[]>())
    {
    }

    public InputValidationException(string message)
        : this(string.Empty, message)
    {
    }

    public InputValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = new Dictionary<string, string[]> { [string.Empty] = [message] };
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
