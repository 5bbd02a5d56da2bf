using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Payments.Contracts;

/// <summary>
/// Opens (or reopens) Stripe's onboarding for the signed-in carer, making their payout account
/// the first time. Returns where to send them; Stripe sends them back to one of the two pages.
/// </summary>
[SentBy(Roles.Carer)]
public sealed record StartPayoutOnboarding(Uri ReturnTo, Uri RefreshTo, Uri TestOnboarding) : ICommand<Uri>;
