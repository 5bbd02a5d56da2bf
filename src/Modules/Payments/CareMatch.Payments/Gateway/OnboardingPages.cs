namespace CareMatch.Payments.Gateway;

/// <summary>
/// Where a carer's onboarding sends them: Stripe returns to <see cref="Return"/> or, when its
/// link has expired, <see cref="Refresh"/>; the simulated gateway's stand-in is <see cref="Test"/>.
/// </summary>
internal sealed record OnboardingPages(Uri Return, Uri Refresh, Uri Test);
