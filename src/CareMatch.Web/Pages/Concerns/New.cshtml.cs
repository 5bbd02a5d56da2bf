using CareMatch.Accounts.Contracts;
using CareMatch.Trust.Contracts;
using CareMatch.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Concerns;

/// <summary>
/// A seeker or carer raises a safeguarding concern about a message, a carer, a family or a visit
/// they are party to (Trust answers not found for anything else). Signing in is needed so admins
/// can follow it up.
/// </summary>
[Authorize(Roles = $"{AccountRoles.Seeker},{AccountRoles.Carer}")]
public sealed class NewConcernModel(ISender sender) : PageModel, IReloadsAfterRefusal
{
    [BindProperty(SupportsGet = true)]
    public Guid? MessageId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? CarerId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? BookingId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? VisitId { get; set; }

    /// <summary>With a visit: about the family the carer visits rather than the visit.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Family { get; set; }

    [BindProperty]
    public ConcernInput Input { get; set; } = new();

    public ConcernHelp Help { get; private set; } = new(null, "");

    private ConcernAbout About => new(MessageId, CarerId, BookingId, VisitId, Family);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Help = await sender.Send(new GetConcernHelp(About), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var concernId = await sender.Send(new RaiseConcern(About, Input.WhatHappened, Input.Urgent), cancellationToken);
        return Redirect($"/Concerns?raised={concernId}");
    }

    public Task ReloadAsync(CancellationToken cancellationToken) => OnGetAsync(cancellationToken);

    public sealed class ConcernInput
    {
        public string? WhatHappened { get; set; }

        public bool? Urgent { get; set; }
    }
}
