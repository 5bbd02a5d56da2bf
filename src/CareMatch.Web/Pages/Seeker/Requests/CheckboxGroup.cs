namespace CareMatch.Web.Pages.Seeker.Requests;

/// <summary>
/// A GOV.UK checkboxes question with many answers (kinds of care, skills), for _Checkboxes.
/// The TagHelpers' govuk-checkbox is one yes/no; a list of enums posts one value per box.
/// </summary>
public sealed record CheckboxGroup(
    string Name,
    string Legend,
    string? Hint,
    IReadOnlyList<CheckboxOption> Options,
    IReadOnlySet<string> Chosen);
