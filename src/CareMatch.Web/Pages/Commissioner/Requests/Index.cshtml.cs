using CareMatch.Accounts.Contracts;
using CareMatch.Commissioning.Contracts;
using CareMatch.Web.Infrastructure.Downloads;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CareMatch.Web.Pages.Commissioner.Requests;

/// <summary>How requests in the commissioner's council are met: uptake and timeliness, for a chosen period.</summary>
[Authorize(Roles = AccountRoles.Commissioner)]
public sealed class RequestTimelinessModel(ISender sender) : CommissionerFiltersModel
{
    public RequestTimelinessView? Figures { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Figures = await sender.Send(Query, cancellationToken);

    /// <summary>The same figures as a spreadsheet; nothing to download (404) before the council is linked.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        await sender.Send(Query, cancellationToken) is { } figures
            ? File(RequestTimelinessCsv.Bytes(figures), "text/csv; charset=utf-8", RequestTimelinessCsv.FileName(figures))
            : NotFound();

    private GetMyRequestTimeliness Query => new(Weeks, Filters);
}
