using CareMatch.Accounts.Contracts;
using CareMatch.Providers.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Admin.Carers;

[Authorize(Roles = AccountRoles.Admin)]
public sealed class ReviewCarerModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid ProfileId { get; set; }

    public CarerForReview? Carer { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Carer = await sender.Send(new GetCarerForReview(ProfileId), cancellationToken);

    public async Task<IActionResult> OnPostVerifyAsync(Guid credentialId, CancellationToken cancellationToken)
    {
        await sender.Send(new VerifyCredential(ProfileId, credentialId), cancellationToken);
        return RedirectToPage(new { profileId = ProfileId });
    }
}
