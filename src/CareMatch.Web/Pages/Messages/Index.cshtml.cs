using CareMatch.Accounts.Contracts;
using CareMatch.Trust.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Messages;

/// <summary>Every thread the seeker or carer has, the most recently active first.</summary>
[Authorize(Roles = $"{AccountRoles.Seeker},{AccountRoles.Carer}")]
public sealed class MessagesModel(ISender sender) : PageModel
{
    public IReadOnlyList<ConversationSummary> Conversations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Conversations = await sender.Send(new ListMyConversations(), cancellationToken);
}
