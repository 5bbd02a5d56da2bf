using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareMatch.Web.TagHelpers;

/// <summary>
/// A GOV.UK text input with its label, hint and error message:
/// <c>&lt;govuk-input asp-for="Input.Email" label="Email address" type="email" autocomplete="email" spellcheck="false" /&gt;</c>.
/// Width classes (govuk-input--width-10…) go in class; other attributes land on the input.
/// </summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukInputTagHelper : GovukLabelledFieldTagHelper
{
    /// <summary>The input's type: text unless told (email, password, tel, number…).</summary>
    public string Type { get; set; } = "text";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = RenderControl(output, "input", "govuk-input");
        output.TagMode = TagMode.StartTagOnly;
        output.Attributes.SetAttribute("type", Type);
        // A password is never sent back to the browser, not even the one just typed.
        if (field.Value is not null && !string.Equals(Type, "password", StringComparison.OrdinalIgnoreCase))
        {
            output.Attributes.SetAttribute("value", field.Value);
        }
    }
}
