using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareMatch.Web.TagHelpers;

/// <summary>
/// A GOV.UK select with its label, hint and error message:
/// <c>&lt;govuk-select asp-for="Input.Council" label="Council" asp-items="Model.Councils" /&gt;</c>.
/// The option matching the field's value is selected; otherwise any item marked Selected is.
/// </summary>
[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukSelectTagHelper : GovukLabelledFieldTagHelper
{
    [HtmlAttributeName("asp-items")]
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = RenderControl(output, "select", "govuk-select");
        output.TagMode = TagMode.StartTagAndEndTag;
        foreach (var item in Items)
        {
            var option = new TagBuilder("option");
            option.Attributes["value"] = item.Value;
            var selected = field.Value is null ? item.Selected : string.Equals(item.Value, field.Value, StringComparison.Ordinal);
            if (selected) option.Attributes["selected"] = "selected";
            if (item.Disabled) option.Attributes["disabled"] = "disabled";
            option.InnerHtml.Append(item.Text);
            output.Content.AppendHtml(option);
        }
    }
}
