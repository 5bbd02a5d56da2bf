namespace CareMatch.SharedKernel.Input;

/// <summary>
/// The field's name as messages use it: "the start date" in "Enter the start date", and
/// "The start date" at the start of a sentence, so every reader's message names its field.
/// </summary>
internal static class FieldLabel
{
    public static string Enter(string label) => $"Enter {label}";

    public static string Sentence(string label) =>
        label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];
}
