using CareMatch.Accounts.Contracts;
using CareMatch.Providers.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Carer;

/// <summary>The carer's own uploads, as downloads. Someone else's file id is 404 (the module decides).</summary>
[Authorize(Roles = AccountRoles.Carer)]
public sealed class CarerFileModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid fileId, CancellationToken cancellationToken) =>
        UploadDownload.Of(Response, await sender.Send(new GetUploadedFile(fileId), cancellationToken));
}
