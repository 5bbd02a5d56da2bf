using CareMatch.Accounts.Contracts;
using CareMatch.Bookings.Contracts;
using CareMatch.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Seeker.Requests;

/// <summary>The seeker writes the handover card for the person a request is for, and sees which carers opened it and when.</summary>
[Authorize(Roles = AccountRoles.Seeker)]
public sealed class HandoverCardModel(ISender sender) : PageModel, IReloadsAfterRefusal
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public HandoverInput Input { get; set; } = new();

    public MyHandoverCard Card { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = new HandoverInput { WhatMatters = Card.WhatMatters, Routines = Card.Routines, Risks = Card.Risks, AccessToHome = Card.AccessToHome };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new SaveHandoverCard(Id, Input.WhatMatters, Input.Routines, Input.Risks, Input.AccessToHome), cancellationToken);
        return RedirectToPage(new { id = Id, saved = true });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Card = await sender.Send(new GetMyHandoverCard(Id), cancellationToken);

    public sealed class HandoverInput
    {
        public string? WhatMatters { get; set; }

        public string? Routines { get; set; }

        public string? Risks { get; set; }

        public string? AccessToHome { get; set; }
    }
}
