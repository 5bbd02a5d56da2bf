using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareMatch.Web.TagHelpers;

/// <summary>
/// A GOV.UK date input, three boxes for day, month and year:
/// <c>&lt;govuk-date-input asp-for="Input.StartDate" legend="When should care start?" hint="For example, 27 3 2026" /&gt;</c>.
/// The property is any object with Day, Month and Year properties (strings keep what was typed,
/// even when it is not a number), so it binds with no custom model binder. Errors may be recorded
/// against the whole date or one part ("Input.StartDate.Month"); the summary links to the right box.
/// </summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukDateInputTagHelper : GovukFieldsetTagHelper
{
    private static readonly DatePart[] Parts =
    [
        new("Day", "govuk-input--width-2", "bday-day"),
        new("Month", "govuk-input--width-2", "bday-month"),
        new("Year", "govuk-input--width-4", "bday-year"),
    ];

    /// <summary>Asks for a date of birth, so browsers can offer to fill it in.</summary>
    [HtmlAttributeName("date-of-birth")]
    public bool IsDateOfBirth { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var whole = ReadField();
        var registry = FieldRegistry.Of(ViewContext.HttpContext);
        var modelState = ViewContext.ModelState;
        var partErrors = new List<string>();

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("govuk-date-input", HtmlEncoder.Default);
        output.Attributes.SetAttribute("id", whole.Id);
        foreach (var part in Parts)
        {
            var name = $"{whole.Name}.{part.Name}";
            var id = FieldIds.For(name);
            registry.Add(name, id);
            var errors = ModelErrors.For(modelState, name);
            partErrors.AddRange(errors);
            var attempted = modelState.TryGetValue(name, out var entry) ? entry.AttemptedValue : null;
            var value = attempted ?? FormField.Format(For?.ModelExplorer.GetExplorerForProperty(part.Name)?.Model);
            output.Content.AppendHtml(RenderPart(part, name, id, value, whole.HasErrors || errors.Count > 0));
        }

        var field = whole.WithErrors(partErrors);
        output.PreElement.AppendHtml(GroupStart(field, role: "group"));
        output.PostElement.AppendHtml(GroupEnd());
    }

    // The whole date's errors send the person to the first box.
    private protected override string FocusTargetId(FormField field) => FieldIds.For($"{field.Name}.{Parts[0].Name}");

    private TagBuilder RenderPart(DatePart part, string name, string id, string? value, bool hasError)
    {
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.StartTag };
        input.AddCssClass($"govuk-input govuk-date-input__input {part.WidthClass}{(hasError ? " govuk-input--error" : "")}");
        input.Attributes["id"] = id;
        input.Attributes["name"] = name;
        input.Attributes["type"] = "text";
        input.Attributes["inputmode"] = "numeric";
        if (IsDateOfBirth) input.Attributes["autocomplete"] = part.DateOfBirthAutocomplete;
        if (value is not null) input.Attributes["value"] = value;

        var group = new TagBuilder("div");
        group.AddCssClass("govuk-form-group");
        group.InnerHtml.AppendHtml(GovukElements.Label(id, part.Name, "govuk-date-input__label"));
        group.InnerHtml.AppendHtml(input);
        var item = new TagBuilder("div");
        item.AddCssClass("govuk-date-input__item");
        item.InnerHtml.AppendHtml(group);
        return item;
    }

    private sealed record DatePart(string Name, string WidthClass, string DateOfBirthAutocomplete);
}
