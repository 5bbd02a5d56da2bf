using CareMatch.Accounts.Contracts;
using CareMatch.Commissioning.Contracts;
using CareMatch.Web.Infrastructure.Downloads;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace CareMatch.Web.Pages.Commissioner.Unmet;

/// <summary>Where need is waiting: requests in each of the council's districts that no carer has taken yet, as they stand now (no period), narrowed by the filters.</summary>
[Authorize(Roles = AccountRoles.Commissioner)]
public sealed class UnmetNeedModel(ISender sender) : CommissionerViewModel<UnmetNeedView>(sender)
{
    protected override IQuery<UnmetNeedView?> Query => new GetMyUnmetNeed(Filters);

    protected override RequestFilters FiltersOf(UnmetNeedView figures) => figures.Filters;

    protected override (byte[] Bytes, string FileName) Csv(UnmetNeedView figures) => (UnmetNeedCsv.Bytes(figures), UnmetNeedCsv.FileName(figures));
}
