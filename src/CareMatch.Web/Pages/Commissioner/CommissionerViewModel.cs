using CareMatch.Commissioning.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Commissioner;

/// <summary>
/// A commissioner's view and its download: one query for the figures, shown as the page or as a CSV.
/// The period and filters come from the address, so a filtered view can be bookmarked and shared.
/// A district that is not the council's answers 404 on both (the module drops it from the filters it
/// applies, and the whole council must never be passed off under its name). Before the council is
/// linked the page says so, and there is nothing to download (404).
/// </summary>
public abstract class CommissionerViewModel<TView>(ISender sender) : PageModel
    where TView : class
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

    public TView? Figures { get; private set; }

    protected RequestFilters Filters => new(District, Care, Age, Funding);

    protected abstract IQuery<TView?> Query { get; }

    protected abstract RequestFilters FiltersOf(TView figures);

    protected abstract (byte[] Bytes, string FileName) Csv(TView figures);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Figures = await sender.Send(Query, cancellationToken);
        return Figures is { } figures && NotOurDistrict(figures) ? NotFound() : Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (await sender.Send(Query, cancellationToken) is not { } figures || NotOurDistrict(figures)) return NotFound();
        var (bytes, fileName) = Csv(figures);
        return File(bytes, "text/csv; charset=utf-8", fileName);
    }

    /// <summary>The district asked for was dropped from the filters the module applied: it is not one of the council's.</summary>
    private bool NotOurDistrict(TView figures) => !string.IsNullOrWhiteSpace(District) && FiltersOf(figures).District is null;
}
