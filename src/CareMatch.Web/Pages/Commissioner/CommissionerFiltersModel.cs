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

    /// <summary>
    /// Whether the district asked for is not one of the council's, so the module dropped it from the
    /// <paramref name="applied"/> filters: that view (and its download) answers 404, never the whole council instead.
    /// </summary>
    protected bool NotOurDistrict(RequestFilters applied) => !string.IsNullOrWhiteSpace(District) && applied.District is null;
}
