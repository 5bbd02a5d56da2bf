using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Providers.Contracts;

/// <summary>The carer's photo: JPEG or PNG, checked by content, at most UploadLimits.MaxFileBytes.</summary>
[SentBy(Roles.Carer)]
public sealed record UploadMyPhoto(Stream Photo, long Length) : ICommand;
