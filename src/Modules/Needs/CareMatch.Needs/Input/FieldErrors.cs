using CareMatch.SharedKernel.Validation;

namespace CareMatch.Needs.Input;

/// <summary>
/// Collects every problem with a form before refusing it, so the person sees them all at once,
/// each keyed by the property of <see cref="Contracts.CareRequestDetails"/> it belongs to.
/// </summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public bool Has(string field) => _errors.ContainsKey(field);

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages)) _errors[field] = messages = [];
        if (!messages.Contains(message)) messages.Add(message);
    }

    public void ThrowIfAny()
    {
        if (Any) throw new InputValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }
}
