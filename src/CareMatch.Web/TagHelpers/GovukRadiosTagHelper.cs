using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareMatch.Web.TagHelpers;

/// <summary>
/// A GOV.UK radios question, one answer from a few:
/// <code>
/// &lt;govuk-radios asp-for="Input.Role" legend="What brings you to CareMatch?" legend-class="govuk-fieldset__legend--m"&gt;
///     &lt;govuk-radio value="Seeker" label="I am looking for care" /&gt;
///     &lt;govuk-radio value="Carer" label="I am a carer offering care" hint="You will need a DBS check" /&gt;
/// &lt;/govuk-radios&gt;
/// </code>
/// </summary>
[HtmlTargetElement("govuk-radios")]
[RestrictChildren("govuk-radio")]
public sealed class GovukRadiosTagHelper : GovukFieldsetTagHelper
{
    /// <summary>Side by side, for two short answers like Yes and No.</summary>
    public bool Inline { get; set; }

    /// <summary>The smaller radios, for filters and options that are not the point of the page.</summary>
    public bool Small { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var field = ReadField();
        // The items read this while they render, which happens inside GetChildContentAsync.
        context.Items[typeof(RadiosContext)] = new RadiosContext(field);
        var items = await output.GetChildContentAsync();

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("govuk-radios", HtmlEncoder.Default);
        if (Inline) output.AddClass("govuk-radios--inline", HtmlEncoder.Default);
        if (Small) output.AddClass("govuk-radios--small", HtmlEncoder.Default);
        output.Attributes.SetAttribute("data-module", "govuk-radios");
        output.Content.SetHtmlContent(items);
        output.PreElement.AppendHtml(GroupStart(field));
        output.PostElement.AppendHtml(GroupEnd());
    }
}
