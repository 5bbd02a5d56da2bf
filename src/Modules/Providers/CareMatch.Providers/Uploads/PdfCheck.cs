using UglyToad.PdfPig;

namespace CareMatch.Providers.Uploads;

/// <summary>
/// Proves an upload is a PDF by parsing it and finding at least one page: "%PDF-" followed by
/// an HTML page starts like a PDF but is not one.
/// </summary>
internal static class PdfCheck
{
    public static bool IsReadable(byte[] content)
    {
        try
        {
            using var document = PdfDocument.Open(content);
            return document.NumberOfPages >= 1;
        }
#pragma warning disable CA1031 // The parser throws many kinds of exception for a broken file; each means "not a PDF we can read".
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }
}
