using CareMatch.Accounts.Contracts;
using CareMatch.SharedKernel.Audit;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CareMatch.Web.Pages.Admin.Audit;

/// <summary>The security audit trail for admins: who signed in, failed, was locked, suspended, verified; who read carers' files.</summary>
[Authorize(Roles = AccountRoles.Admin)]
public sealed class AuditModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AuditAction? Event { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public AuditLogPage Entries { get; private set; } = new([], 1, false);

    public IEnumerable<SelectListItem> Events =>
        Enum.GetValues<AuditAction>().Select(a => new SelectListItem(a.Describe(), a.ToString()))
            .Prepend(new SelectListItem("Every event", ""));

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Entries = await sender.Send(new ListAuditEntries(Event, Email, From, To, PageNumber), cancellationToken);
}
