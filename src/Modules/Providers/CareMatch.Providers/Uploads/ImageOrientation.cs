using SkiaSharp;

namespace CareMatch.Providers.Uploads;

/// <summary>
/// Phones store a photo sideways and say "rotate me" in its EXIF. Re-encoding drops the EXIF, so
/// the rotation is applied to the pixels first, or a portrait photo would be shown on its side.
/// </summary>
internal static class ImageOrientation
{
    /// <summary>A new bitmap, upright; the caller disposes it (and still owns <paramref name="source"/>).</summary>
    public static SKBitmap Apply(SKBitmap source, SKEncodedOrigin origin)
    {
        var swapsSides = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var info = swapsSides ? source.Info.WithSize(source.Height, source.Width) : source.Info;
        var upright = new SKBitmap(info);
        using var canvas = new SKCanvas(upright);
        canvas.Clear(SKColors.Transparent);
        // Each case maps the stored pixels onto the upright ones (EXIF orientations 2 to 8).
        float w = source.Width, h = source.Height;
        switch (origin)
        {
            case SKEncodedOrigin.TopRight: canvas.Scale(-1, 1, w / 2, 0); break;
            case SKEncodedOrigin.BottomRight: canvas.RotateDegrees(180, w / 2, h / 2); break;
            case SKEncodedOrigin.BottomLeft: canvas.Scale(1, -1, 0, h / 2); break;
            case SKEncodedOrigin.LeftTop: canvas.Translate(h, 0); canvas.RotateDegrees(90); canvas.Scale(1, -1, 0, h / 2); break;
            case SKEncodedOrigin.RightTop: canvas.Translate(h, 0); canvas.RotateDegrees(90); break;
            case SKEncodedOrigin.RightBottom: canvas.Translate(h, 0); canvas.RotateDegrees(90); canvas.Scale(-1, 1, w / 2, 0); break;
            case SKEncodedOrigin.LeftBottom: canvas.Translate(0, w); canvas.RotateDegrees(270); break;
        }
        canvas.DrawBitmap(source, 0, 0, SKSamplingOptions.Default, null);
        return upright;
    }
}
