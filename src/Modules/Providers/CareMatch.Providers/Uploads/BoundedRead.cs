namespace CareMatch.Providers.Uploads;

/// <summary>
/// Copies an upload into memory but never more than one byte past the limit: a chunked upload has
/// no length to check first, so a 20 MB one must be refused after 5 MB, not after 20.
/// </summary>
internal static class BoundedRead
{
    /// <summary>The content, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<MemoryStream?> ReadAtMostAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            // Ask for no more than would take us one byte over the limit.
            var wanted = (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length);
            var read = await content.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken);
            if (read == 0) return buffer;
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) return null;
        }
    }
}
