namespace CareMatch.Providers.Uploads;

/// <summary>A file type we accept, known by the bytes it starts with (its "magic number"), never by its name.</summary>
internal sealed record UploadKind(string Name, string ContentType, string Extension, byte[] Signature)
{
    public static UploadKind Jpeg { get; } = new("JPEG", "image/jpeg", ".jpg", [0xFF, 0xD8, 0xFF]);

    public static UploadKind Png { get; } = new("PNG", "image/png", ".png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

    public static UploadKind Pdf { get; } = new("PDF", "application/pdf", ".pdf", "%PDF-"u8.ToArray());

    public static IReadOnlyList<UploadKind> Images { get; } = [Jpeg, Png];

    public static IReadOnlyList<UploadKind> Documents { get; } = [Jpeg, Png, Pdf];

    public bool Matches(ReadOnlySpan<byte> content) => content.StartsWith(Signature);
}
