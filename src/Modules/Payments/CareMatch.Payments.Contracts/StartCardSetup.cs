using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Payments.Contracts;

/// <summary>
/// Opens Stripe Checkout in setup mode for the signed-in seeker (Stripe's own page, so no Stripe
/// script runs on ours), making their Stripe customer the first time. Returns where to send them;
/// Stripe sends them back to <see cref="Saved"/> (with the session id) or <see cref="Cancelled"/>.
/// Without Stripe keys, they go to <see cref="TestPage"/> instead.
/// </summary>
[SentBy(Roles.Seeker)]
public sealed record StartCardSetup(Uri Saved, Uri Cancelled, Uri TestPage) : ICommand<Uri>;
