using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareMatch.Web.TagHelpers;

/// <summary>One answer inside <c>&lt;govuk-radios&gt;</c>: <c>&lt;govuk-radio value="Carer" label="I am a carer" hint="…" /&gt;</c>.</summary>
[HtmlTargetElement("govuk-radio", ParentTag = "govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukRadioTagHelper : TagHelper
{
    /// <summary>What the form posts when this answer is chosen.</summary>
    public string Value { get; set; } = "";

    public string Label { get; set; } = "";

    public string? Hint { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (context.Items[typeof(RadiosContext)] is not RadiosContext radios)
        {
            throw new InvalidOperationException("govuk-radio belongs inside govuk-radios.");
        }
        var id = radios.NextId();
        var hintId = $"{id}-item-hint";

        output.TagName = "input";
        output.TagMode = TagMode.StartTagOnly;
        output.AddClass("govuk-radios__input", HtmlEncoder.Default);
        output.Attributes.SetAttribute("id", id);
        output.Attributes.SetAttribute("name", radios.Name);
        output.Attributes.SetAttribute("type", "radio");
        output.Attributes.SetAttribute("value", Value);
        if (string.Equals(Value, radios.ChosenValue, StringComparison.Ordinal)) output.Attributes.SetAttribute("checked", "checked");
        if (!string.IsNullOrEmpty(Hint)) output.Attributes.SetAttribute("aria-describedby", hintId);

        output.PreElement.AppendHtml("<div class=\"govuk-radios__item\">");
        output.PostElement.AppendHtml(GovukElements.Label(id, Label, "govuk-radios__label"));
        output.PostElement.AppendHtml(GovukElements.Hint(hintId, Hint, "govuk-radios__hint"));
        output.PostElement.AppendHtml(new HtmlString("</div>"));
    }
}
