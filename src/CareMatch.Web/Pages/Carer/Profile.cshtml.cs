using CareMatch.Accounts.Contracts;
using CareMatch.Providers.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Carer;

[Authorize(Roles = AccountRoles.Carer)]
public sealed class CarerProfileModel(ISender sender) : PageModel
{
    [BindProperty]
    public BasicsInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var profile = await sender.Send(new GetMyCarerProfile(), cancellationToken);
        Input = new BasicsInput { DisplayName = profile?.DisplayName, HomePostcode = profile?.HomePostcode };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new UpdateMyCarerBasics(Input.DisplayName ?? "", Input.HomePostcode ?? ""), cancellationToken);
        return RedirectToPage("/Carer/Index");
    }

    public sealed class BasicsInput
    {
        public string? DisplayName { get; set; }

        public string? HomePostcode { get; set; }
    }
}
