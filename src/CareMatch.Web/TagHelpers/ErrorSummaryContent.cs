using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareMatch.Web.TagHelpers;

/// <summary>
/// The inside of an error summary, written only when the page is written out. Razor buffers a
/// page before sending it, so by then every field below the summary has rendered and said where
/// it is (<see cref="FieldRegistry"/>): the list follows the form's order, not the order the
/// validators ran in, as GOV.UK asks. Errors not tied to a field come first, without a link.
/// </summary>
internal sealed class ErrorSummaryContent(string title, ModelStateDictionary modelState, FieldRegistry fields) : IHtmlContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        writer.Write("<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">");
        encoder.Encode(writer, title);
        writer.Write("</h2><div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">");
        foreach (var (key, message) in Errors())
        {
            writer.Write("<li>");
            if (key.Length > 0)
            {
                writer.Write("<a href=\"#");
                encoder.Encode(writer, fields.TargetOf(key));
                writer.Write("\">");
                encoder.Encode(writer, message);
                writer.Write("</a>");
            }
            else
            {
                encoder.Encode(writer, message);
            }
            writer.Write("</li>");
        }
        writer.Write("</ul></div></div>");
    }

    private IEnumerable<(string Key, string Message)> Errors() => modelState
        .Select(entry => (entry.Key, Errors: entry.Value?.Errors.ToList() ?? []))
        .Where(field => field.Errors.Count > 0)
        .OrderBy(field => field.Key.Length == 0 ? -1 : fields.PositionOf(field.Key))
        .SelectMany(field => field.Errors.Select(error => (field.Key, ModelErrors.MessageOf(error))));
}
