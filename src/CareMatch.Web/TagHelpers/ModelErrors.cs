using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareMatch.Web.TagHelpers;

/// <summary>The words to show for each error recorded against a field.</summary>
internal static class ModelErrors
{
    // Model binding can record an exception without a message; the person still needs words.
    private const string Fallback = "Check this answer";

    public static IReadOnlyList<string> For(ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) ? [.. entry.Errors.Select(MessageOf)] : [];

    public static string MessageOf(ModelError error) =>
        string.IsNullOrWhiteSpace(error.ErrorMessage) ? Fallback : error.ErrorMessage;
}
