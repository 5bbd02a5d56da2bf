using CareMatch.Accounts.Contracts;
using CareMatch.Providers.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Carer;

[Authorize(Roles = AccountRoles.Carer)]
[UploadSizeLimit]
public sealed class CarerPhotoModel(ISender sender) : PageModel
{
    [BindProperty]
    public PhotoInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await using var content = Input.Photo?.OpenReadStream();
        await sender.Send(new UploadMyPhoto(content ?? Stream.Null, Input.Photo?.Length ?? 0), cancellationToken);
        return RedirectToPage("/Carer/Index");
    }

    public sealed class PhotoInput
    {
        public IFormFile? Photo { get; set; }
    }
}
