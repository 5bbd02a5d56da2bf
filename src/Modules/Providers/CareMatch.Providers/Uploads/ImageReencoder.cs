using SkiaSharp;

namespace CareMatch.Providers.Uploads;

/// <summary>
/// Proves an upload is an image by decoding every pixel, then keeps only a fresh encoding of
/// those pixels. Whatever else the file held (HTML after a JPEG header, EXIF with the place a
/// photo was taken) is not in the bytes we store.
/// </summary>
internal static class ImageReencoder
{
    /// <summary>40 million pixels (160 MB decoded): more than any phone photo, less than a decompression bomb.</summary>
    public const long MaxPixels = 40_000_000;

    private const int JpegQuality = 90;

    public static ImageProof Reencode(ReadOnlySpan<byte> content, UploadKind kind)
    {
        var format = kind == UploadKind.Png ? SKEncodedImageFormat.Png : SKEncodedImageFormat.Jpeg;
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat != format) return ImageProof.NotAnImage;
        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels) return ImageProof.TooManyPixels;

        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888,
            format == SKEncodedImageFormat.Jpeg ? SKAlphaType.Opaque : SKAlphaType.Premul);
        using var decoded = new SKBitmap(info);
        // Anything short of every pixel decoding (a truncated or doctored file) is refused.
        if (codec.GetPixels(info, decoded.GetPixels()) != SKCodecResult.Success) return ImageProof.NotAnImage;

        using var upright = ImageOrientation.Apply(decoded, codec.EncodedOrigin);
        using var encoded = upright.Encode(format, JpegQuality);
        return encoded is null ? ImageProof.NotAnImage : ImageProof.Reencoded(encoded.ToArray());
    }
}
