namespace CareMatch.SharedKernel.Validation;

/// <summary>
/// The one way a handler refuses what a validator could not know: a check that needs the database
/// or the entity's state ("this request is already booked"). Shape checks (required, length,
/// parse, range) belong in the command's FluentValidation validator, not here.
/// Use as <c>throw Refusal.At(nameof(command.Name), "…")</c>, so the compiler still sees the throw.
/// </summary>
public static class Refusal
{
    /// <summary>A message shown at one field of the form.</summary>
    public static InputValidationException At(string field, string message) => new(field, message);

    /// <summary>Several messages shown at one field, like each district of a list that cannot be taken.</summary>
    public static InputValidationException At(string field, IEnumerable<string> messages) =>
        new(new Dictionary<string, string[]> { [field] = [.. messages] });

    /// <summary>A message about the whole form or action, shown in the error summary.</summary>
    public static InputValidationException Whole(string message) => new(string.Empty, message);
}
