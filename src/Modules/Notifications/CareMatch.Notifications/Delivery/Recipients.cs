using CareMatch.Accounts.Contracts;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Authorization;

namespace CareMatch.Notifications.Delivery;

/// <summary>Who a carer profile is (their account and name) and where an account's email goes, from the modules that own them.</summary>
internal sealed class Recipients(IModuleSender sender)
{
    /// <summary>What a carer is called in a notification to the other side, when their profile has no name yet.</summary>
    public const string UnnamedCarer = "Your carer";

    public async Task<CarerContact?> CarerAsync(Guid profileId, CancellationToken cancellationToken) =>
        await sender.Send(new GetCarerContact(profileId), cancellationToken);

    public static string NameOf(CarerContact? carer) => carer?.DisplayName is { Length: > 0 } name ? name : UnnamedCarer;

    public async Task<string?> EmailOfAsync(string userId, CancellationToken cancellationToken) =>
        await sender.Send(new GetAccountEmail(userId), cancellationToken);
}
