using Microsoft.AspNetCore.Mvc.Rendering;

namespace CareMatch.Web.TagHelpers;

/// <summary>
/// The id a field's control gets from its name: "Input.Email" becomes "Input_Email", the same
/// rule ASP.NET Core's own helpers use, so error summary links and labels always agree.
/// </summary>
internal static class FieldIds
{
    public static string For(string name) => TagBuilder.CreateSanitizedId(name, "_");
}
