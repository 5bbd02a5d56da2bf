namespace CareMatch.Providers.Uploads;

/// <summary>The <c>Providers:Uploads</c> configuration section.</summary>
internal sealed class UploadSettings
{
    public const string Section = "Providers:Uploads";

    /// <summary>
    /// The folder uploads are written to; relative paths are under the app's content root.
    /// Never under wwwroot: nothing uploaded may be served as a static file.
    /// </summary>
    public string Folder { get; set; } = Path.Combine("App_Data", "uploads");
}
