using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

/// <summary>
/// The seeker or the carer writes in their thread: text only, no attachments. Contact details
/// in it are shown to the other side only once the two have a confirmed booking.
/// </summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record SendMessage(Guid RequestId, Guid CarerProfileId, string? Text) : ICommand;
