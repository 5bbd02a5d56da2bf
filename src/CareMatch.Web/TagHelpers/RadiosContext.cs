namespace CareMatch.Web.TagHelpers;

/// <summary>
/// What a group of radios tells each of its items: the shared name, the value now chosen, and
/// the next id. The first item takes the field's own id, so an error summary link to the field
/// lands on it; the rest are id-2, id-3…, as GOV.UK Frontend numbers them.
/// </summary>
internal sealed class RadiosContext(FormField formField)
{
    private int _count;

    public string Name => formField.Name;

    public string? ChosenValue => formField.Value;

    public string NextId() => ++_count == 1 ? formField.Id : $"{formField.Id}-{_count}";
}
