using CareMatch.Accounts.Contracts;
using CareMatch.SharedKernel.Email;
using Mediator;

namespace CareMatch.Web.Infrastructure.Email;

/// <summary>
/// The pickup folder (the dev and demo stand-in for SMTP) keeps every email it was given; a
/// deleted account's emails go with it. Deleting files again finds none, so a redelivery is harmless.
/// Sent mail (SMTP) has left us and is not ours to delete.
/// </summary>
public sealed class ForgetMailToDeletedAccounts(IEmailSender sender, ILogger<ForgetMailToDeletedAccounts> logger) : INotificationHandler<AccountDeleted>
{
    public ValueTask Handle(AccountDeleted notification, CancellationToken cancellationToken)
    {
        if (sender is PickupFolderEmailSender pickup && !string.IsNullOrWhiteSpace(notification.Email))
        {
            var forgotten = pickup.ForgetMailTo(notification.Email);
            logger.LogInformation("Deleted {Count} email file(s) to a deleted account", forgotten);
        }
        return ValueTask.CompletedTask;
    }
}
