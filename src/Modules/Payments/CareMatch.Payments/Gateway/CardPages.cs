namespace CareMatch.Payments.Gateway;

/// <summary>
/// Where saving a card sends the seeker: Stripe returns to <see cref="Saved"/> (naming its session)
/// or <see cref="Cancelled"/>; the simulated gateway's stand-in is <see cref="Test"/>.
/// </summary>
internal sealed record CardPages(Uri Saved, Uri Cancelled, Uri Test);
