using System.Text.Encodings.Web;
using CareMatch.Web.Words;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareMatch.Web.TagHelpers;

/// <summary>
/// A status as a GOV.UK tag, with its words and colour from <see cref="StatusTags"/>:
/// <c>&lt;govuk-status-tag status="@StatusTags.For(visit.Status)" data-testid="visit-status" /&gt;</c>.
/// Other attributes are kept, so tests and styles can still find it.
/// </summary>
[HtmlTargetElement("govuk-status-tag", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukStatusTagTagHelper : TagHelper
{
    public StatusTag Status { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "strong";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("govuk-tag", HtmlEncoder.Default);
        output.AddClass(ColourClass(Status.Colour), HtmlEncoder.Default);
        output.Content.SetContent(Status.Text);
    }

    public static string ColourClass(TagColour colour) => $"govuk-tag--{colour.ToString().ToLowerInvariant()}";
}
