namespace CareMatch.SharedKernel.Geography;

/// <summary>How closely a geocoded point stands for the postcode, so a page can say "near LS6 2" or "in LS6".</summary>
public enum GeocodePrecision
{
    /// <summary>Nothing was found; there is no point.</summary>
    None = 0,

    /// <summary>The centroid of the postcode's sector (about 1 km across in towns).</summary>
    Sector = 1,

    /// <summary>The centroid of the postcode's district, used when the sector is not in the table.</summary>
    District = 2,
}
