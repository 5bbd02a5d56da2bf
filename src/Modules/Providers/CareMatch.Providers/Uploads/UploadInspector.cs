using CareMatch.SharedKernel.Validation;

namespace CareMatch.Providers.Uploads;

/// <summary>
/// Reads an upload into memory and decides whether we take it: not empty, 5 MB at most, one of
/// the allowed types by its first bytes, and then really that type all the way through (images
/// decode, PDFs parse). Images come back re-encoded, so only pixels we decoded are ever stored.
/// Anything else is a message at the field.
/// </summary>
internal static class UploadInspector
{
    /// <summary>UploadLimits' figure. The host refuses bigger requests outright (413), chunked ones as they stream.</summary>
    public const long MaxBytes = Contracts.UploadLimits.MaxFileBytes;

    public static readonly string TooBig = $"The file must be {Contracts.UploadLimits.SmallerThan}";

    public const string NotAnImage = "The file must be a real JPEG or PNG image";

    public const string TooManyPixels = "The image must be smaller than 40 megapixels";

    public const string NotAPdf = "The selected file could not be read as a PDF";

    public static async Task<InspectedUpload> InspectAsync(
        Stream? content, long length, IReadOnlyList<UploadKind> allowed, string field, string what, CancellationToken cancellationToken)
    {
        if (content is null || length == 0) throw new InputValidationException(field, $"Select {what}");
        if (length > MaxBytes) throw new InputValidationException(field, TooBig);

        var buffer = await BoundedRead.ReadAtMostAsync(content, MaxBytes, cancellationToken)
            ?? throw new InputValidationException(field, TooBig);
        var bytes = buffer.ToArray();

        var kind = allowed.FirstOrDefault(k => k.Matches(bytes));
        if (kind is null)
        {
            throw new InputValidationException(field, $"The file must be a {string.Join(", ", allowed.SkipLast(1).Select(k => k.Name))} or {allowed[^1].Name}");
        }
        return new InspectedUpload(kind, new MemoryStream(Prove(bytes, kind, field), writable: false));
    }

    /// <summary>The bytes to store: a PDF as sent once it parses, an image as we re-encoded it.</summary>
    private static byte[] Prove(byte[] bytes, UploadKind kind, string field)
    {
        if (kind == UploadKind.Pdf)
        {
            return PdfCheck.IsReadable(bytes) ? bytes : throw new InputValidationException(field, NotAPdf);
        }
        var image = ImageReencoder.Reencode(bytes, kind);
        if (image.TooLarge) throw new InputValidationException(field, TooManyPixels);
        return image.Bytes ?? throw new InputValidationException(field, NotAnImage);
    }
}

internal sealed record InspectedUpload(UploadKind Kind, MemoryStream Content);
