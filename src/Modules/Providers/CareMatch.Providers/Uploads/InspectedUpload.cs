namespace CareMatch.Providers.Uploads;

internal sealed record InspectedUpload(UploadKind Kind, MemoryStream Content);
