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

    /// <summary>The upload to store, or a refusal at <paramref name="field"/>.</summary>
    public static async Task<InspectedUpload> InspectAsync(
        Stream? content, long length, IReadOnlyList<UploadKind> allowed, string field, string what, CancellationToken cancellationToken)
    {
        var (upload, problem) = await ReadAsync(content, length, allowed, what, cancellationToken);
        return upload ?? throw Refusal.At(field, problem!);
    }

    /// <summary>What is wrong with the upload, or null: for a validator, which keeps nothing.</summary>
    public static async Task<string?> ProblemWithAsync(
        Stream? content, long length, IReadOnlyList<UploadKind> allowed, string what, CancellationToken cancellationToken) =>
        (await ReadAsync(content, length, allowed, what, cancellationToken)).Problem;

    private static async Task<(InspectedUpload? Upload, string? Problem)> ReadAsync(
        Stream? content, long length, IReadOnlyList<UploadKind> allowed, string what, CancellationToken cancellationToken)
    {
        if (content is null || length == 0) return (null, $"Select {what}");
        if (length > MaxBytes) return (null, TooBig);

        var buffer = await BoundedRead.ReadAtMostAsync(content, MaxBytes, cancellationToken);
        if (buffer is null) return (null, TooBig);
        var bytes = buffer.ToArray();

        var kind = allowed.FirstOrDefault(k => k.Matches(bytes));
        if (kind is null) return (null, $"The file must be a {string.Join(", ", allowed.SkipLast(1).Select(k => k.Name))} or {allowed[^1].Name}");
        var (proven, problem) = Prove(bytes, kind);
        return proven is null ? (null, problem) : (new InspectedUpload(kind, new MemoryStream(proven, writable: false)), null);
    }

    /// <summary>The bytes to store: a PDF as sent once it parses, an image as we re-encoded it.</summary>
    private static (byte[]? Bytes, string? Problem) Prove(byte[] bytes, UploadKind kind)
    {
        if (kind == UploadKind.Pdf) return PdfCheck.IsReadable(bytes) ? (bytes, null) : (null, NotAPdf);
        var image = ImageReencoder.Reencode(bytes, kind);
        if (image.TooLarge) return (null, TooManyPixels);
        return image.Bytes is null ? (null, NotAnImage) : (image.Bytes, null);
    }
}
