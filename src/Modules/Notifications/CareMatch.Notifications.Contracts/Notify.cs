using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Notifications.Contracts;

/// <summary>
/// For other modules: tell one person something. It goes to their inbox, and by email unless they
/// turned that kind off (safety kinds always go). <see cref="Link"/> is a path on this site
/// ("/Bookings/…"), opened from the inbox and the email. The body is plain text.
/// </summary>
[SentByModules]
public sealed record Notify(string UserId, NotificationKind Kind, string Title, string Body, string Link) : ICommand;
