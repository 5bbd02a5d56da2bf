namespace CareMatch.Providers.Uploads;

/// <summary>What decoding an image found: fresh bytes to store, or why there are none.</summary>
internal sealed record ImageProof(byte[]? Bytes, bool TooLarge)
{
    public static ImageProof NotAnImage { get; } = new(null, false);

    public static ImageProof TooManyPixels { get; } = new(null, true);

    public static ImageProof Reencoded(byte[] bytes) => new(bytes, false);
}
