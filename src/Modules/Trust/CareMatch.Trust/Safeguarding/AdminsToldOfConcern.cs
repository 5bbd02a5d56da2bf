using CareMatch.Accounts.Contracts;
using CareMatch.Notifications.Contracts;
using CareMatch.SharedKernel.Authorization;

namespace CareMatch.Trust.Safeguarding;

/// <summary>
/// Tells every admin of a new concern in their inbox (the safeguarding kind, which cannot be turned
/// off, so it is emailed too), linking the concern. Only its reference, urgency and the kind of thing it
/// is about, no names: the raiser's words and who is involved stay on the concern's page, behind an
/// admin's sign-in.
/// </summary>
internal sealed class AdminsToldOfConcern(IModuleSender sender)
{
    public async Task TellAsync(Concern concern, CancellationToken cancellationToken)
    {
        var title = concern.Urgent ? $"Urgent safeguarding concern {concern.Reference}" : $"New safeguarding concern {concern.Reference}";
        var body = $"""
            A safeguarding concern ({concern.Reference}) was raised about {ConcernAboutWords.WithoutNames(concern.About)}{(concern.District.Length > 0 ? $", care in {concern.District}" : "")}.
            {(concern.Urgent ? "The person who raised it says someone is in immediate danger." : "It is not marked urgent.")} Take it on from the safeguarding queue.
            """;
        foreach (var admin in await sender.Send(new ListAdminUserIds(), cancellationToken))
            await sender.Send(new Notify(admin, NotificationKind.Safeguarding, title, body, $"/Admin/Concerns/{concern.Id}"), cancellationToken);
    }
}
