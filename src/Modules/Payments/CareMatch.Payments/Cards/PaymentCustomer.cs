using CareMatch.Payments.Gateway;

namespace CareMatch.Payments.Cards;

/// <summary>
/// A seeker as Stripe knows them: their customer, the card-saving page they last opened, and the
/// card saved (masked details only; the number never reaches us).
/// </summary>
internal sealed class PaymentCustomer
{
    private PaymentCustomer()
    {
    }

    public Guid Id { get; private set; }

    public string SeekerUserId { get; private set; } = "";

    public string GatewayCustomerId { get; private set; } = "";

    public bool Simulated { get; private set; }

    /// <summary>The card-saving page opened last; only its result may become the card.</summary>
    public string? PendingSetupId { get; private set; }

    public string? PaymentMethodId { get; private set; }

    public string? CardBrand { get; private set; }

    public string? CardLast4 { get; private set; }

    public int? CardExpiryMonth { get; private set; }

    public int? CardExpiryYear { get; private set; }

    public DateTimeOffset? CardSavedAt { get; private set; }

    public bool HasCard => PaymentMethodId is not null;

    public static PaymentCustomer Open(string seekerUserId, string gatewayCustomerId, bool simulated) => new()
    {
        Id = Guid.NewGuid(),
        SeekerUserId = seekerUserId,
        GatewayCustomerId = gatewayCustomerId,
        Simulated = simulated,
    };

    public void Opened(string setupId) => PendingSetupId = setupId;

    /// <summary>Keeps the card a finished setup saved; returns the card it replaces, if any, so it can be forgotten at Stripe.</summary>
    public string? Save(SavedCardDetails card, DateTimeOffset at)
    {
        var replaced = PaymentMethodId is { } old && old != card.PaymentMethodId ? old : null;
        PaymentMethodId = card.PaymentMethodId;
        CardBrand = card.Brand;
        CardLast4 = card.Last4;
        CardExpiryMonth = card.ExpiryMonth;
        CardExpiryYear = card.ExpiryYear;
        CardSavedAt = at;
        PendingSetupId = null;
        return replaced;
    }

    public void RemoveCard()
    {
        PaymentMethodId = null;
        CardBrand = null;
        CardLast4 = null;
        CardExpiryMonth = null;
        CardExpiryYear = null;
        CardSavedAt = null;
    }
}
