using CareMatch.Commissioning.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CareMatch.Web.Pages.Commissioner;

/// <summary>
/// A commissioner's view and its download: one query for the figures, shown as the page or as a CSV.
/// A district that is not the council's answers 404 on both (the module drops it from the filters it
/// applies, and the whole council must never be passed off under its name). Before the council is
/// linked the page says so, and there is nothing to download (404).
/// </summary>
public abstract class CommissionerViewModel<TView>(ISender sender) : CommissionerFiltersModel
    where TView : class
{
    public TView? Figures { get; private set; }

    protected abstract IQuery<TView?> Query { get; }

    protected abstract RequestFilters FiltersOf(TView figures);

    protected abstract (byte[] Bytes, string FileName) Csv(TView figures);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Figures = await sender.Send(Query, cancellationToken);
        return Figures is { } figures && NotOurDistrict(FiltersOf(figures)) ? NotFound() : Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (await sender.Send(Query, cancellationToken) is not { } figures || NotOurDistrict(FiltersOf(figures))) return NotFound();
        var (bytes, fileName) = Csv(figures);
        return File(bytes, "text/csv; charset=utf-8", fileName);
    }
}
