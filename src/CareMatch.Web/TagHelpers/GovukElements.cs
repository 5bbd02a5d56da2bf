using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CareMatch.Web.TagHelpers;

/// <summary>The small pieces of GOV.UK markup that every field is built from.</summary>
internal static class GovukElements
{
    public static IHtmlContent FormGroupStart(FormField field)
    {
        var group = new TagBuilder("div");
        group.AddCssClass(field.HasErrors ? "govuk-form-group govuk-form-group--error" : "govuk-form-group");
        return group.RenderStartTag();
    }

    public static IHtmlContent End(string tagName) => new HtmlString($"</{tagName}>");

    /// <summary>A label; as a page heading it is wrapped in the h1, as GOV.UK does for one-question pages.</summary>
    public static IHtmlContent Label(string forId, string text, string? classes, bool isPageHeading = false)
    {
        var label = new TagBuilder("label");
        label.AddCssClass(classes is null ? "govuk-label" : $"govuk-label {classes}");
        label.Attributes["for"] = forId;
        label.InnerHtml.Append(text);
        if (!isPageHeading) return label;

        var heading = new TagBuilder("h1");
        heading.AddCssClass("govuk-label-wrapper");
        heading.InnerHtml.AppendHtml(label);
        return heading;
    }

    public static IHtmlContent Hint(string id, string? text, string? classes = null)
    {
        if (string.IsNullOrEmpty(text)) return HtmlString.Empty;
        var hint = new TagBuilder("div");
        hint.AddCssClass(classes is null ? "govuk-hint" : $"govuk-hint {classes}");
        hint.Attributes["id"] = id;
        hint.InnerHtml.Append(text);
        return hint;
    }

    /// <summary>The field's messages, each read out with an "Error:" prefix that is not shown.</summary>
    public static IHtmlContent ErrorMessage(FormField field)
    {
        if (!field.HasErrors) return HtmlString.Empty;
        var message = new TagBuilder("p");
        message.AddCssClass("govuk-error-message");
        message.Attributes["id"] = field.ErrorId;
        for (var i = 0; i < field.Errors.Count; i++)
        {
            if (i > 0) message.InnerHtml.AppendHtml("<br>");
            message.InnerHtml.AppendHtml("<span class=\"govuk-visually-hidden\">Error:</span> ").Append(field.Errors[i]);
        }
        return message;
    }

    /// <summary>An aria-describedby value from the ids that exist, or null for none.</summary>
    public static string? DescribedBy(params string?[] ids)
    {
        var present = ids.Where(id => !string.IsNullOrWhiteSpace(id)).ToList();
        return present.Count == 0 ? null : string.Join(' ', present);
    }
}
