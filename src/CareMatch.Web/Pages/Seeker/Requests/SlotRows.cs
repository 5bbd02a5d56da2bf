using CareMatch.Needs.Contracts;

namespace CareMatch.Web.Pages.Seeker.Requests;

/// <summary>
/// The weekly-visit rows the form always shows, so it works without JavaScript: rows left blank
/// are ignored by Needs. Seven covers one visit a day, the common case; more needs a second request.
/// A List, so model binding can fill it in place (it skips read-only collections).
/// </summary>
public static class SlotRows
{
    public const int Count = 7;

    public static CareRequestDetails Padded(CareRequestDetails details) =>
        details.Slots.Count >= Count
            ? details
            : details with { Slots = new List<SlotInput>([.. details.Slots, .. Enumerable.Range(0, Count - details.Slots.Count).Select(_ => new SlotInput())]) };
}
