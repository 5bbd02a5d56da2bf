using CareMatch.Accounts.Contracts;
using CareMatch.Providers.Contracts;
using CareMatch.Web.Pages.Carer;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Admin.Carers;

/// <summary>Any carer's upload, for an admin checking it, as a download.</summary>
[Authorize(Roles = AccountRoles.Admin)]
public sealed class AdminCarerFileModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid fileId, CancellationToken cancellationToken) =>
        UploadDownload.Of(Response, await sender.Send(new GetUploadedFile(fileId), cancellationToken));
}
