using CareMatch.Accounts.Contracts;
using CareMatch.Trust.Contracts;
using CareMatch.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Messages;

/// <summary>The thread between a request's family and one carer, and a box to write in it.</summary>
[Authorize(Roles = $"{AccountRoles.Seeker},{AccountRoles.Carer}")]
public sealed class ThreadModel(ISender sender) : PageModel, IReloadsAfterRefusal
{
    [BindProperty(SupportsGet = true)]
    public Guid RequestId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid CarerId { get; set; }

    [BindProperty]
    public MessageInput Input { get; set; } = new();

    public ConversationView Conversation { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Conversation = await sender.Send(new GetConversation(RequestId, CarerId), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new SendMessage(RequestId, CarerId, Input.Text), cancellationToken);
        return Redirect($"/Messages/{RequestId}/{CarerId}#latest");
    }

    public Task ReloadAsync(CancellationToken cancellationToken) => OnGetAsync(cancellationToken);

    public sealed class MessageInput
    {
        public string? Text { get; set; }
    }
}
