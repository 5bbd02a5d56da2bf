namespace CareMatch.Providers.Uploads;

/// <summary>A file a carer uploaded (a photo or evidence): whose it is and where its bytes are.</summary>
internal sealed class UploadedFile
{
    private UploadedFile()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProfileId { get; private set; }

    /// <summary>The generated name in the store; never shown to anyone.</summary>
    public string StorageKey { get; private set; } = string.Empty;

    public string ContentType { get; private set; } = string.Empty;

    /// <summary>The name a download is saved as, made by us (the person's own file name is not kept).</summary>
    public string DownloadName { get; private set; } = string.Empty;

    public long Length { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public static UploadedFile Record(Guid profileId, string storageKey, UploadKind kind, string purpose, long length, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        ProfileId = profileId,
        StorageKey = storageKey,
        ContentType = kind.ContentType,
        DownloadName = $"{purpose}{kind.Extension}",
        Length = length,
        UploadedAt = now,
    };
}
