using CareMatch.Accounts.Contracts;
using CareMatch.Commissioning.Contracts;
using CareMatch.Web.Infrastructure.Downloads;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace CareMatch.Web.Pages.Commissioner.Requests;

/// <summary>How requests in the commissioner's council are met: uptake and timeliness, for a chosen period.</summary>
[Authorize(Roles = AccountRoles.Commissioner)]
public sealed class RequestTimelinessModel(ISender sender) : CommissionerViewModel<RequestTimelinessView>(sender)
{
    protected override IQuery<RequestTimelinessView?> Query => new GetMyRequestTimeliness(Weeks, Filters);

    protected override RequestFilters FiltersOf(RequestTimelinessView figures) => figures.Filters;

    protected override (byte[] Bytes, string FileName) Csv(RequestTimelinessView figures) => (RequestTimelinessCsv.Bytes(figures), RequestTimelinessCsv.FileName(figures));
}
