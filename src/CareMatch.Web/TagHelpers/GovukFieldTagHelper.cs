using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareMatch.Web.TagHelpers;

/// <summary>
/// What every GOV.UK field tag helper shares: the model property it is for (its name, id,
/// errors and value), a hint, and the option to be the page's heading. Attributes a helper does
/// not know (autocomplete, spellcheck, class, maxlength…) pass through to the control itself.
/// </summary>
public abstract class GovukFieldTagHelper : TagHelper
{
    /// <summary>The model property; its name is the control's name and ModelState key.</summary>
    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    /// <summary>Help text shown under the label or legend and read out with the control.</summary>
    public string? Hint { get; set; }

    /// <summary>Makes the label or legend the page's h1, for a page that asks one question.</summary>
    [HtmlAttributeName("page-heading")]
    public bool IsPageHeading { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>Reads the field and records it for the error summary, in page order.</summary>
    private protected FormField ReadField()
    {
        var expression = For ?? throw new InvalidOperationException($"{GetType().Name} needs asp-for.");
        var field = FormField.From(expression, ViewContext);
        FieldRegistry.Of(ViewContext.HttpContext).Add(field.Name, FocusTargetId(field));
        return field;
    }

    /// <summary>The control an error summary link to this field focuses: the one with the field's id.</summary>
    private protected virtual string FocusTargetId(FormField field) => field.Id;

    /// <summary>The model property's display name, for when the page gives no label or legend.</summary>
    private protected string DefaultText() => For?.Metadata.DisplayName ?? For?.Name ?? "";

    /// <summary>Adds the ids of the hint and error message to whatever the page already gave.</summary>
    private protected static void DescribeBy(TagHelperOutput output, params string?[] ids)
    {
        var existing = output.Attributes.TryGetAttribute("aria-describedby", out var attribute) ? attribute.Value?.ToString() : null;
        var describedBy = GovukElements.DescribedBy([existing, .. ids]);
        if (describedBy is not null) output.Attributes.SetAttribute("aria-describedby", describedBy);
    }
}
