namespace CareMatch.IntegrationTests.Providers;

/// <summary>Small files that start the way real ones do, and the impostors the upload check must refuse.</summary>
public static class SampleFiles
{
    public static byte[] Png { get; } = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8.ToArray(), 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];

    public static byte[] Jpeg { get; } = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, .. "JFIF"u8.ToArray(), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xD9];

    public static byte[] Pdf { get; } = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8.ToArray();

    /// <summary>A Windows executable's header ("MZ", then the DOS stub): what a renamed .exe starts with.</summary>
    public static byte[] Executable { get; } = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, .. "This program cannot be run in DOS mode"u8.ToArray()];

    /// <summary>6 MB of a real-looking PDF: over the 5 MB limit.</summary>
    public static byte[] SixMegabytePdf()
    {
        var bytes = new byte[6 * 1024 * 1024];
        Pdf.CopyTo(bytes, 0);
        return bytes;
    }
}
