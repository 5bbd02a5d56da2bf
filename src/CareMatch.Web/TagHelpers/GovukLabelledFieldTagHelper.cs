using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareMatch.Web.TagHelpers;

/// <summary>
/// A field with one control and a label over it (text input, textarea, select). The tag helper's
/// output becomes the control; the form group, label, hint and error message go around it.
/// </summary>
public abstract class GovukLabelledFieldTagHelper : GovukFieldTagHelper
{
    /// <summary>The label's text; defaults to the property's display name.</summary>
    public string? Label { get; set; }

    /// <summary>A size for the label, like govuk-label--m; a page heading is --l unless told.</summary>
    public string? LabelClass { get; set; }

    /// <summary>Turns the output into the control, named and described, inside its form group.</summary>
    private protected FormField RenderControl(TagHelperOutput output, string tagName, string controlClass)
    {
        var field = ReadField();
        output.TagName = tagName;
        output.AddClass(controlClass, HtmlEncoder.Default);
        if (field.HasErrors) output.AddClass($"{controlClass}--error", HtmlEncoder.Default);
        output.Attributes.SetAttribute("id", field.Id);
        output.Attributes.SetAttribute("name", field.Name);
        DescribeBy(output, string.IsNullOrEmpty(Hint) ? null : field.HintId, field.HasErrors ? field.ErrorId : null);

        output.PreElement.AppendHtml(GovukElements.FormGroupStart(field));
        output.PreElement.AppendHtml(GovukElements.Label(field.Id, Label ?? DefaultText(), LabelClass ?? (IsPageHeading ? "govuk-label--l" : null), IsPageHeading));
        output.PreElement.AppendHtml(GovukElements.Hint(field.HintId, Hint));
        output.PreElement.AppendHtml(GovukElements.ErrorMessage(field));
        output.PostElement.AppendHtml(GovukElements.End("div"));
        return field;
    }
}
