using CareMatch.Accounts.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages;

/// <summary>The front door: explains CareMatch to visitors and sends signed-in people to their own home page.</summary>
public sealed class IndexModel : PageModel
{
    private static readonly (string Role, string Page)[] HomeByRole =
    [
        (AccountRoles.Admin, "/Admin/Index"),
        (AccountRoles.Commissioner, "/Commissioner/Index"),
        (AccountRoles.Carer, "/Carer/Index"),
        (AccountRoles.Seeker, "/Seeker/Index"),
    ];

    public IActionResult OnGet()
    {
        foreach (var (role, page) in HomeByRole)
        {
            if (User.IsInRole(role)) return RedirectToPage(page);
        }
        return Page();
    }
}
