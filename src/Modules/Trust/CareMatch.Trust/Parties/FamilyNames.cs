using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Authorization;

namespace CareMatch.Trust.Parties;

/// <summary>
/// Who on the family's side wrote something, as the family reads it: "You", or the name and role
/// Needs keeps ("Jane Smith (attorney)"). Only ever shown to the family's side: to a carer the
/// family is one voice, and who holds a power of attorney is not theirs to know.
/// </summary>
internal sealed class FamilyNames
{
    private readonly IReadOnlyDictionary<string, string> _names;
    private readonly string _readerUserId;

    private FamilyNames(IReadOnlyDictionary<string, string> names, string readerUserId) => (_names, _readerUserId) = (names, readerUserId);

    /// <summary>Everyone who has had a say on the request, asked of Needs once for the whole page.</summary>
    public static async Task<FamilyNames> OfRequestAsync(IModuleSender sender, Guid requestId, string readerUserId, CancellationToken cancellationToken) =>
        new(await sender.Send(new GetPeopleNamesOnRequest(requestId), cancellationToken), readerUserId);

    public bool IsReader(string authorUserId) => authorUserId == _readerUserId;

    /// <param name="you">How the reader is called: "You" at the head of a message, "you" inside a sentence.</param>
    public string Of(string authorUserId, string you) =>
        IsReader(authorUserId) ? you
        : _names.TryGetValue(authorUserId, out var name) ? name
        : Contracts.MessageWords.TheFamily;
}
