using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareMatch.Web.TagHelpers;

/// <summary>
/// One answer inside <c>&lt;govuk-radios&gt;</c>: <c>&lt;govuk-radio value="Carer" label="I am a carer" hint="…" /&gt;</c>.
/// Content between its tags is that answer's conditional reveal: GOV.UK Frontend's radios script
/// shows it only while the answer is chosen. Without JavaScript every reveal stays visible (the
/// hiding style applies only once the script has marked the page as supported), so the form
/// still works; the server reads only the fields of the answer chosen.
/// </summary>
[HtmlTargetElement("govuk-radio", ParentTag = "govuk-radios")]
public sealed class GovukRadioTagHelper : TagHelper
{
    /// <summary>What the form posts when this answer is chosen.</summary>
    public string Value { get; set; } = "";

    public string Label { get; set; } = "";

    public string? Hint { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (context.Items[typeof(RadiosContext)] is not RadiosContext radios)
        {
            throw new InvalidOperationException("govuk-radio belongs inside govuk-radios.");
        }
        var id = radios.NextId();
        var hintId = $"{id}-item-hint";
        var reveal = await output.GetChildContentAsync();
        var revealId = $"conditional-{id}";
        var chosen = string.Equals(Value, radios.ChosenValue, StringComparison.Ordinal);

        output.TagName = "input";
        output.TagMode = TagMode.StartTagOnly;
        output.AddClass("govuk-radios__input", HtmlEncoder.Default);
        output.Attributes.SetAttribute("id", id);
        output.Attributes.SetAttribute("name", radios.Name);
        output.Attributes.SetAttribute("type", "radio");
        output.Attributes.SetAttribute("value", Value);
        if (chosen) output.Attributes.SetAttribute("checked", "checked");
        if (!string.IsNullOrEmpty(Hint)) output.Attributes.SetAttribute("aria-describedby", hintId);

        output.PreElement.AppendHtml("<div class=\"govuk-radios__item\">");
        output.PostElement.AppendHtml(GovukElements.Label(id, Label, "govuk-radios__label"));
        output.PostElement.AppendHtml(GovukElements.Hint(hintId, Hint, "govuk-radios__hint"));
        output.PostElement.AppendHtml(new HtmlString("</div>"));
        output.Content.Clear();
        if (reveal.IsEmptyOrWhiteSpace) return;

        output.Attributes.SetAttribute("data-aria-controls", revealId);
        output.PostElement.AppendHtml($"<div class=\"govuk-radios__conditional{(chosen ? "" : " govuk-radios__conditional--hidden")}\" id=\"{revealId}\">");
        output.PostElement.AppendHtml(reveal);
        output.PostElement.AppendHtml(new HtmlString("</div>"));
    }
}
