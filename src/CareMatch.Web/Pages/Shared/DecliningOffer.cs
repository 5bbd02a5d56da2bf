namespace CareMatch.Web.Pages.Shared;

/// <summary>
/// The offer someone just tried to decline, and the reason they typed: when the reason is
/// refused, the offer list shows it again in that offer's reason box, with the error beside it.
/// </summary>
public sealed record DecliningOffer(Guid OfferId, string? Reason)
{
    public const string Key = "DecliningOffer";
}
