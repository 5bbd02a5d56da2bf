namespace CareMatch.SharedKernel.Input;

/// <summary>
/// What a reader made of one typed value: the value, or the message to show at the field.
/// Bad input is an answer, not an exception, so a validator can collect every problem at once.
/// </summary>
public readonly record struct Reading<T>
{
    private Reading(T value, string? error, bool blank)
    {
        Value = value;
        Error = error;
        IsBlank = blank;
    }

    /// <summary>Meaningful only when <see cref="IsValid"/>.</summary>
    public T Value { get; }

    /// <summary>The message for the field, naming it; null when the value was read.</summary>
    public string? Error { get; }

    /// <summary>Nothing was typed; <see cref="Error"/> then says "Enter …", for fields that must be filled.</summary>
    public bool IsBlank { get; }

    public bool IsValid => Error is null;

    public static Reading<T> Read(T value) => new(value, null, blank: false);

    public static Reading<T> Wrong(string error) => new(default!, error, blank: false);

    public static Reading<T> Blank(string error) => new(default!, error, blank: true);

    /// <summary>The value, for a caller that knows the input has been validated already.</summary>
    public T Expect() => IsValid ? Value : throw new InvalidOperationException($"Read an input that was not validated: {Error}");
}
