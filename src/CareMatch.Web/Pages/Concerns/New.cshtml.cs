using CareMatch.Accounts.Contracts;
using CareMatch.Trust.Contracts;
using CareMatch.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Concerns;

/// <summary>A seeker or carer reports a message as a safeguarding concern. Signing in is needed so admins can follow it up.</summary>
[Authorize(Roles = $"{AccountRoles.Seeker},{AccountRoles.Carer}")]
public sealed class NewConcernModel(ISender sender) : PageModel, IReloadsAfterRefusal
{
    [BindProperty(SupportsGet = true)]
    public Guid MessageId { get; set; }

    [BindProperty]
    public ConcernInput Input { get; set; } = new();

    public ConcernHelp Help { get; private set; } = new(null);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Help = await sender.Send(new GetConcernHelp(MessageId), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var concernId = await sender.Send(new RaiseConcern(MessageId, Input.WhatHappened, Input.Urgent), cancellationToken);
        return Redirect($"/Concerns?raised={concernId}");
    }

    public Task ReloadAsync(CancellationToken cancellationToken) => OnGetAsync(cancellationToken);

    public sealed class ConcernInput
    {
        public string? WhatHappened { get; set; }

        public bool? Urgent { get; set; }
    }
}
