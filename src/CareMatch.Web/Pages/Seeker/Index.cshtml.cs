using CareMatch.Accounts.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Seeker;

[Authorize(Roles = AccountRoles.Seeker)]
public sealed class SeekerHomeModel : PageModel
{
    public void OnGet()
    {
    }
}
