using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Payments.Contracts;

/// <summary>
/// A webhook delivery from Stripe, exactly as it arrived. Anyone can post to the endpoint; the
/// signature proves it came from Stripe, and the event id makes a redelivery change nothing.
/// </summary>
[SentByAnyone]
public sealed record ReceiveStripeEvent(string Payload, string? Signature) : ICommand<StripeEventReceipt>;
