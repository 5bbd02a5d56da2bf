using Microsoft.AspNetCore.Http;

namespace CareMatch.Web.TagHelpers;

/// <summary>
/// The fields rendered on this request, in page order, with the id an error summary link should
/// point at for each ModelState key. The error summary sits above the form but writes its list
/// last (see <see cref="ErrorSummaryContent"/>), so it can follow the page's order, and a field
/// made of several controls (radios, a date) can name the control that takes the focus.
/// </summary>
internal sealed class FieldRegistry
{
    private readonly Dictionary<string, (int Position, string TargetId)> _fields = new(StringComparer.OrdinalIgnoreCase);

    public static FieldRegistry Of(HttpContext httpContext)
    {
        if (httpContext.Items[typeof(FieldRegistry)] is FieldRegistry registry) return registry;
        registry = new FieldRegistry();
        httpContext.Items[typeof(FieldRegistry)] = registry;
        return registry;
    }

    /// <summary>Records a key the first time it is rendered; a key shown twice keeps its first place.</summary>
    public void Add(string key, string targetId) => _fields.TryAdd(key, (_fields.Count, targetId));

    public int PositionOf(string key) => _fields.TryGetValue(key, out var field) ? field.Position : int.MaxValue;

    public string TargetOf(string key) => _fields.TryGetValue(key, out var field) ? field.TargetId : FieldIds.For(key);
}
