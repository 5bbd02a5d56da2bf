using SkiaSharp;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace CareMatch.IntegrationTests.Providers;

/// <summary>Real files, made here (a JPEG, a PNG, a PDF), and the impostors the upload check must refuse.</summary>
public static class SampleFiles
{
    public static byte[] Png { get; } = Encode(SKEncodedImageFormat.Png);

    public static byte[] Jpeg { get; } = Encode(SKEncodedImageFormat.Jpeg);

    /// <summary>A one-page A4 PDF, as PdfPig writes it.</summary>
    public static byte[] Pdf { get; } = OnePagePdf();

    /// <summary>The real JPEG with an EXIF block naming where it was taken, as phones write it.</summary>
    public static byte[] JpegWithGps { get; } = [.. Jpeg[..2], .. ExifWithGps(), .. Jpeg[2..]];

    /// <summary>A Windows executable's header ("MZ", then the DOS stub): what a renamed .exe starts with.</summary>
    public static byte[] Executable { get; } = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, .. "This program cannot be run in DOS mode"u8.ToArray()];

    private static readonly byte[] Html = "<html><body><script>alert(document.cookie)</script></body></html>"u8.ToArray();

    /// <summary>A JPEG's first bytes, then a web page: passes a magic-number check, is no image.</summary>
    public static byte[] JpegMagicThenHtml { get; } = [0xFF, 0xD8, 0xFF, 0xE0, .. Html];

    /// <summary>A PNG's 8-byte signature, then a web page.</summary>
    public static byte[] PngMagicThenHtml { get; } = [.. Png[..8], .. Html];

    /// <summary>"%PDF-", then a web page.</summary>
    public static byte[] PdfMagicThenHtml { get; } = [.. "%PDF-1.7\n"u8.ToArray(), .. Html];

    /// <summary>6 MB of a real-looking PDF: over the 5 MB limit.</summary>
    public static byte[] SixMegabytePdf()
    {
        var bytes = new byte[6 * 1024 * 1024];
        Pdf.CopyTo(bytes, 0);
        return bytes;
    }

    private static byte[] Encode(SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(40, 30);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.CornflowerBlue);
        }
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    private static byte[] OnePagePdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        builder.AddPage(PageSize.A4).AddText("Evidence", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 700), font);
        return builder.Build();
    }

    /// <summary>An APP1 segment: "Exif", a big-endian TIFF header, IFD0 pointing at a GPS IFD that says "N" (latitude north).</summary>
    private static byte[] ExifWithGps()
    {
        byte[] tiff =
        [
            .. "MM"u8.ToArray(), 0, 42, 0, 0, 0, 8,
            0, 1, 0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 26, 0, 0, 0, 0, // IFD0: GPSInfo (LONG) at offset 26; no next IFD
            0, 1, 0, 1, 0, 2, 0, 0, 0, 2, (byte)'N', 0, 0, 0, 0, 0, 0, 0, // GPS IFD: GPSLatitudeRef = "N"
        ];
        byte[] payload = [.. "Exif\0\0"u8.ToArray(), .. tiff];
        var length = payload.Length + 2;
        return [0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. payload];
    }
}
