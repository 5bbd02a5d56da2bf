namespace CareMatch.Web.Infrastructure.Demo;

/// <summary>The <c>Demo</c> section.</summary>
public sealed class DemoSettings
{
    public const string Section = "Demo";

    /// <summary>Seed the demo area on the first start of an empty embedded (SQLite) database.</summary>
    public bool SeedOnStart { get; set; } = true;

    /// <summary>The password every demo account gets; a fresh random passphrase when not set.</summary>
    public string? Password { get; set; }

    public int Carers { get; set; } = 40;

    public int Seekers { get; set; } = 10;

    /// <summary>Weeks of past visits, held, given, charged and paid, that the demo history makes (0: none).</summary>
    public int HistoryWeeks { get; set; } = 4;

    /// <summary>
    /// Weeks of made-up requests across the demo council's districts that the commissioner's
    /// figures and open data count (0: none), so they have months to show on a first start.
    /// </summary>
    public int CommissioningHistoryWeeks { get; set; } = 26;

}
