using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

/// <summary>The carer answers a published review of them, once; the reply shows beneath it.</summary>
[SentBy(Roles.Carer)]
public sealed record ReplyToReview(Guid ReviewId, string? Text) : ICommand;
