using CareMatch.Accounts.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Admin;

[Authorize(Roles = AccountRoles.Admin)]
public sealed class AdminHomeModel : PageModel
{
    public void OnGet()
    {
    }
}
