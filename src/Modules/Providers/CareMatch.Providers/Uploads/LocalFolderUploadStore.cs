using System.Text.RegularExpressions;

namespace CareMatch.Providers.Uploads;

/// <summary>
/// Keeps uploads as files in one folder, each named by a new GUID: the name a person gave the file
/// is never used, so it cannot choose where the file lands or what the server thinks it is.
/// </summary>
internal sealed partial class LocalFolderUploadStore(string folder) : IUploadStore
{
    public async Task<string> SaveAsync(Stream content, string extension, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var key = $"{Guid.NewGuid():N}{extension}";
        await using var file = new FileStream(Path.Combine(folder, key), FileMode.CreateNew, FileAccess.Write);
        await content.CopyToAsync(file, cancellationToken);
        return key;
    }

    public Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken)
    {
        // Keys come from the database, but a key that is not one we generate never becomes a path.
        if (!GeneratedKey().IsMatch(key)) return Task.FromResult<Stream?>(null);
        var path = Path.Combine(folder, key);
        return Task.FromResult<Stream?>(File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read) : null);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        if (GeneratedKey().IsMatch(key)) File.Delete(Path.Combine(folder, key));
        return Task.CompletedTask;
    }

    [GeneratedRegex(@"^[0-9a-f]{32}\.(jpg|png|pdf)$")]
    private static partial Regex GeneratedKey();
}
