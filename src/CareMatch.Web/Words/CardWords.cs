using System.Globalization;
using CareMatch.Payments.Contracts;

namespace CareMatch.Web.Words;

/// <summary>A saved card as a person reads it: "Visa ending 4242, expires 12/2029". Never more than the last four digits.</summary>
public static class CardWords
{
    private static readonly Dictionary<string, string> Brands = new(StringComparer.OrdinalIgnoreCase)
    {
        ["visa"] = "Visa",
        ["mastercard"] = "Mastercard",
        ["amex"] = "American Express",
        ["maestro"] = "Maestro",
    };

    public static string Describe(SavedCard card) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Brands.GetValueOrDefault(card.Brand, "Card")} ending {card.Last4}, expires {card.ExpiryMonth:00}/{card.ExpiryYear}");
}
