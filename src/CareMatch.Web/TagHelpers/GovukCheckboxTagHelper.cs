using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareMatch.Web.TagHelpers;

/// <summary>
/// One GOV.UK checkbox for a yes/no property:
/// <c>&lt;govuk-checkbox asp-for="Input.RememberMe" label="Keep me signed in on this device" small /&gt;</c>.
/// It posts "true" when ticked and nothing when not, which binds a bool to false: no hidden
/// field is needed.
/// </summary>
[HtmlTargetElement("govuk-checkbox", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukCheckboxTagHelper : GovukFieldTagHelper
{
    /// <summary>The text beside the box; defaults to the property's display name.</summary>
    public string? Label { get; set; }

    /// <summary>The smaller checkbox, for options that are not the point of the page.</summary>
    public bool Small { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = ReadField();
        var hintId = $"{field.Id}-item-hint";
        output.TagName = "input";
        output.TagMode = TagMode.StartTagOnly;
        output.AddClass("govuk-checkboxes__input", HtmlEncoder.Default);
        output.Attributes.SetAttribute("id", field.Id);
        output.Attributes.SetAttribute("name", field.Name);
        output.Attributes.SetAttribute("type", "checkbox");
        output.Attributes.SetAttribute("value", "true");
        if (IsTicked(field.Value)) output.Attributes.SetAttribute("checked", "checked");
        DescribeBy(output, string.IsNullOrEmpty(Hint) ? null : hintId, field.HasErrors ? field.ErrorId : null);

        var checkboxes = new TagBuilder("div");
        checkboxes.AddCssClass(Small ? "govuk-checkboxes govuk-checkboxes--small" : "govuk-checkboxes");
        checkboxes.Attributes["data-module"] = "govuk-checkboxes";
        output.PreElement.AppendHtml(GovukElements.FormGroupStart(field));
        output.PreElement.AppendHtml(GovukElements.ErrorMessage(field));
        output.PreElement.AppendHtml(checkboxes.RenderStartTag());
        output.PreElement.AppendHtml("<div class=\"govuk-checkboxes__item\">");

        output.PostElement.AppendHtml(GovukElements.Label(field.Id, Label ?? DefaultText(), "govuk-checkboxes__label"));
        output.PostElement.AppendHtml(GovukElements.Hint(hintId, Hint, "govuk-checkboxes__hint"));
        output.PostElement.AppendHtml(new HtmlString("</div></div></div>"));
    }

    // A posted form sends "true"; a model sends True. Either means ticked.
    private static bool IsTicked(string? value) =>
        value is not null && value.Split(',').Any(part => bool.TryParse(part, out var ticked) && ticked);
}
