using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareMatch.Web.TagHelpers;

/// <summary>
/// The GOV.UK error summary: <c>&lt;govuk-error-summary /&gt;</c> at the top of the page's content.
/// Nothing when the form is fine; otherwise every ModelState error, each linking to its field.
/// GOV.UK Frontend's ErrorSummary module (data-module) moves the focus to it when the page loads
/// and makes each link focus its field with the label or legend in view.
/// </summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukErrorSummaryTagHelper : TagHelper
{
    public string Title { get; set; } = "There is a problem";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (ViewContext.ModelState.ErrorCount == 0)
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("govuk-error-summary", HtmlEncoder.Default);
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");
        output.Content.SetHtmlContent(new ErrorSummaryContent(Title, ViewContext.ModelState, FieldRegistry.Of(ViewContext.HttpContext)));
    }
}
