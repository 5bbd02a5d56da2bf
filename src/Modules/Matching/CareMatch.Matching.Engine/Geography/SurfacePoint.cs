namespace CareMatch.Matching.Engine.Geography;

/// <summary>
/// A place as a unit vector from the Earth's centre, in single precision (about half a metre
/// of error across the UK, plenty for travel radii in whole kilometres). The squared chord
/// between two points decides "within reach" with three multiplications and no trigonometry,
/// and every path (index, brute force, explanations) uses these same floats, so they agree
/// to the last bit.
/// </summary>
internal readonly record struct SurfacePoint(float X, float Y, float Z)
{
    public static SurfacePoint FromDegrees(double latitude, double longitude)
    {
        if (!double.IsFinite(latitude) || latitude is < -90 or > 90) throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "Latitude must be between -90 and 90.");
        if (!double.IsFinite(longitude) || longitude is < -180 or > 180) throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "Longitude must be between -180 and 180.");
        var phi = GreatCircle.ToRadians(latitude);
        var lambda = GreatCircle.ToRadians(longitude);
        var cosPhi = Math.Cos(phi);
        return new SurfacePoint((float)(cosPhi * Math.Cos(lambda)), (float)(cosPhi * Math.Sin(lambda)), (float)Math.Sin(phi));
    }

    public float ChordSquaredTo(float x, float y, float z)
    {
        var dx = X - x;
        var dy = Y - y;
        var dz = Z - z;
        return (dx * dx) + (dy * dy) + (dz * dz);
    }
}
