using CareMatch.Accounts.Contracts;
using CareMatch.Trust.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Concerns;

/// <summary>A seeker or carer reports a message as a safeguarding concern. Signing in is needed so admins can follow it up.</summary>
[Authorize(Roles = $"{AccountRoles.Seeker},{AccountRoles.Carer}")]
public sealed class NewConcernModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid MessageId { get; set; }

    [BindProperty]
    public ConcernInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var concernId = await sender.Send(new RaiseConcern(MessageId, Input.WhatHappened, Input.Urgent), cancellationToken);
        return Redirect($"/Concerns?raised={concernId}");
    }

    public sealed class ConcernInput
    {
        public string? WhatHappened { get; set; }

        public bool? Urgent { get; set; }
    }
}
