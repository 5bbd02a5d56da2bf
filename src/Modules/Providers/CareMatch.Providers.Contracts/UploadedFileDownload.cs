namespace CareMatch.Providers.Contracts;

/// <summary>The file to send as a download. The caller disposes <see cref="Content"/>.</summary>
public sealed record UploadedFileDownload(string DownloadName, string ContentType, Stream Content);
