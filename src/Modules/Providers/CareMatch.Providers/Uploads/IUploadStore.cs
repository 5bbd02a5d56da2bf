namespace CareMatch.Providers.Uploads;

/// <summary>
/// Where uploaded bytes live, under names this module generates. A local folder by default; a
/// blob store can take its place without the rest of the module noticing.
/// </summary>
internal interface IUploadStore
{
    /// <summary>Stores the content and returns the key to open it with later.</summary>
    Task<string> SaveAsync(Stream content, string extension, CancellationToken cancellationToken);

    /// <summary>The stored content, or null when the key names nothing.</summary>
    Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes the content, if there is any under that key.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
