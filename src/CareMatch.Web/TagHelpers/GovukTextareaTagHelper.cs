using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareMatch.Web.TagHelpers;

/// <summary>
/// A GOV.UK textarea with its label, hint and error message:
/// <c>&lt;govuk-textarea asp-for="Input.Needs" label="What help do you need?" rows="5" /&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukTextareaTagHelper : GovukLabelledFieldTagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = RenderControl(output, "textarea", "govuk-textarea");
        output.TagMode = TagMode.StartTagAndEndTag;
        if (!output.Attributes.ContainsName("rows")) output.Attributes.SetAttribute("rows", "5");
        output.Content.SetContent(field.Value ?? "");
    }
}
