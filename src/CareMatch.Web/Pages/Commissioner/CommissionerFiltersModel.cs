using CareMatch.Commissioning.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Commissioner;

/// <summary>The period and filters every commissioner's view takes from its address, so a filtered view can be bookmarked and shared.</summary>
public abstract class CommissionerFiltersModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Weeks { get; set; } = 13;

    [BindProperty(SupportsGet = true)]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Care { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Age { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Funding { get; set; }

    protected RequestFilters Filters => new(District, Care, Age, Funding);
}
