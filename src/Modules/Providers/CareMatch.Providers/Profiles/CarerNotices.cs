using CareMatch.Providers.Bookability;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Credentials;
using CareMatch.SharedKernel.Time;

namespace CareMatch.Providers.Profiles;

/// <summary>What the carer must do to become (or stay) bookable, in plain words for their home page.</summary>
internal static class CarerNotices
{
    public const int ExpiryWarningDays = 30;

    public static IReadOnlyList<string> For(CarerProfile profile, DateOnly today)
    {
        var notices = new List<string>();
        if (profile.AccountSuspended) notices.Add("Your account is suspended, so seekers cannot see you.");
        if (profile.TravelRadiusKm is null || profile.HourlyRatePence is null || profile.CareTypes.Count == 0)
        {
            notices.Add("Tell seekers about the care you give, how far you travel and your hourly rate.");
        }
        if (!profile.PayoutsEnabled) notices.Add("Set up payouts so we can pay you for visits.");
        foreach (var kind in CarerBookability.RequiredKinds)
        {
            var name = CredentialNames.InASentence(kind);
            if (profile.CredentialOf(kind) is not { } credential)
            {
                notices.Add($"Send your {name}.");
                continue;
            }
            var lastDay = CredentialExpiry.LastValidDay(credential);
            if (CredentialExpiry.IsExpired(credential, today))
                notices.Add($"Your {name} expired on {Format(lastDay!.Value)}. Send a new one.");
            else if (credential.State == CredentialState.Rejected)
                notices.Add($"We could not accept your {name}: {credential.RejectionReason}");
            else if (lastDay is { } last && last <= today.AddDays(ExpiryWarningDays))
                notices.Add($"Your {name} expires on {Format(last)}. Send a new one before then to stay bookable.");
            else if (credential.State == CredentialState.AwaitingReview)
                notices.Add($"We are checking your {name}.");
        }
        return notices;
    }

    public static string Format(DateOnly date) => TimeWords.Date(date);
}
