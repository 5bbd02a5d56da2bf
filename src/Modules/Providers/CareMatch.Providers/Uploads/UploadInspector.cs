using CareMatch.SharedKernel.Validation;

namespace CareMatch.Providers.Uploads;

/// <summary>
/// Reads an upload into memory and decides whether we take it: not empty, 5 MB at most, and
/// really one of the allowed types by its content. Anything else is a message at the field.
/// </summary>
internal static class UploadInspector
{
    /// <summary>5 MB. The host refuses bigger requests outright (413) before they are read.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    public static async Task<InspectedUpload> InspectAsync(
        Stream? content, long length, IReadOnlyList<UploadKind> allowed, string field, string what, CancellationToken cancellationToken)
    {
        if (content is null || length == 0) throw new InputValidationException(field, $"Select {what}");
        if (length > MaxBytes) throw new InputValidationException(field, "The file must be smaller than 5 MB");

        var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxBytes) throw new InputValidationException(field, "The file must be smaller than 5 MB");

        var kind = allowed.FirstOrDefault(k => k.Matches(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        if (kind is null)
        {
            throw new InputValidationException(field, $"The file must be a {string.Join(", ", allowed.SkipLast(1).Select(k => k.Name))} or {allowed[^1].Name}");
        }
        buffer.Position = 0;
        return new InspectedUpload(kind, buffer);
    }
}

internal sealed record InspectedUpload(UploadKind Kind, MemoryStream Content);
