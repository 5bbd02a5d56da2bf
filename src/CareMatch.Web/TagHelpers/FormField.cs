using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CareMatch.Web.TagHelpers;

/// <summary>
/// One form field as the GOV.UK components need it: the name it posts under (which is also its
/// ModelState key), the id its label and the error summary point at, its errors, and the value
/// to show again.
/// </summary>
internal sealed class FormField
{
    private FormField(string name, IReadOnlyList<string> errors, string? value)
    {
        Name = name;
        Id = FieldIds.For(name);
        Errors = errors;
        Value = value;
    }

    public string Name { get; }

    public string Id { get; }

    public IReadOnlyList<string> Errors { get; }

    public bool HasErrors => Errors.Count > 0;

    public string HintId => $"{Id}-hint";

    public string ErrorId => $"{Id}-error";

    /// <summary>What the person last typed if the form came back to them, else the model's value.</summary>
    public string? Value { get; }

    /// <summary>The same field also showing errors recorded against its parts (a date's day, month, year).</summary>
    public FormField WithErrors(IEnumerable<string> more) => new(Name, [.. Errors, .. more], Value);

    public static FormField From(ModelExpression expression, ViewContext viewContext)
    {
        var name = viewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression.Name);
        var modelState = viewContext.ModelState;
        var attempted = modelState.TryGetValue(name, out var entry) ? entry.AttemptedValue : null;
        return new FormField(name, ModelErrors.For(modelState, name), attempted ?? Format(expression.Model));
    }

    public static string? Format(object? model) => model switch
    {
        null => null,
        IFormattable formattable => formattable.ToString(null, CultureInfo.CurrentCulture),
        _ => model.ToString(),
    };
}
