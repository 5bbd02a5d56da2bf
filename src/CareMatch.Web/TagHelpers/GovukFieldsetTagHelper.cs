using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CareMatch.Web.TagHelpers;

/// <summary>A field of several controls (radios, a date) grouped in a fieldset under a legend.</summary>
public abstract class GovukFieldsetTagHelper : GovukFieldTagHelper
{
    /// <summary>The question the group answers; defaults to the property's display name.</summary>
    public string? Legend { get; set; }

    /// <summary>A size for the legend, like govuk-fieldset__legend--m; a page heading is --l unless told.</summary>
    public string? LegendClass { get; set; }

    /// <summary>The form group, the fieldset with its legend, then the hint and error message.</summary>
    private protected IHtmlContent GroupStart(FormField field, string? role = null)
    {
        var fieldset = new TagBuilder("fieldset");
        fieldset.AddCssClass("govuk-fieldset");
        if (role is not null) fieldset.Attributes["role"] = role;
        var describedBy = GovukElements.DescribedBy(string.IsNullOrEmpty(Hint) ? null : field.HintId, field.HasErrors ? field.ErrorId : null);
        if (describedBy is not null) fieldset.Attributes["aria-describedby"] = describedBy;

        var legend = new TagBuilder("legend");
        var legendClass = LegendClass ?? (IsPageHeading ? "govuk-fieldset__legend--l" : null);
        legend.AddCssClass(legendClass is null ? "govuk-fieldset__legend" : $"govuk-fieldset__legend {legendClass}");
        if (IsPageHeading)
        {
            var heading = new TagBuilder("h1");
            heading.AddCssClass("govuk-fieldset__heading");
            heading.InnerHtml.Append(Legend ?? DefaultText());
            legend.InnerHtml.AppendHtml(heading);
        }
        else
        {
            legend.InnerHtml.Append(Legend ?? DefaultText());
        }

        return new HtmlContentBuilder()
            .AppendHtml(GovukElements.FormGroupStart(field))
            .AppendHtml(fieldset.RenderStartTag())
            .AppendHtml(legend)
            .AppendHtml(GovukElements.Hint(field.HintId, Hint))
            .AppendHtml(GovukElements.ErrorMessage(field));
    }

    private protected static IHtmlContent GroupEnd() => new HtmlString("</fieldset></div>");
}
