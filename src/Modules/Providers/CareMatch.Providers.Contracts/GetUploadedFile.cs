using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Providers.Contracts;

/// <summary>
/// A stored upload, for its owner or an admin only; anyone else gets NotFound, as if it did not exist.
/// </summary>
[SentBy(Roles.Carer, Roles.Admin)]
public sealed record GetUploadedFile(Guid FileId) : IQuery<UploadedFileDownload>;
