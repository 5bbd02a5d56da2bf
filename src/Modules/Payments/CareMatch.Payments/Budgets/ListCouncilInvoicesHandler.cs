using CareMatch.Commissioning.Contracts;
using CareMatch.Payments.Contracts;
using CareMatch.Payments.Gateway;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Authorization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Payments.Budgets;

internal sealed class ListCouncilInvoicesHandler(PaymentsDbContext db, IModuleSender modules, IPaymentGateway gateway)
    : IQueryHandler<ListCouncilInvoices, IReadOnlyList<CouncilInvoiceView>>
{
    public async ValueTask<IReadOnlyList<CouncilInvoiceView>> Handle(ListCouncilInvoices query, CancellationToken cancellationToken)
    {
        if (await modules.Send(new GetMyCouncil(), cancellationToken) is not { } council) return [];
        var invoices = await db.CouncilInvoices.AsNoTracking().Where(i => i.CouncilId == council.Id).ToListAsync(cancellationToken);
        return invoices.OrderByDescending(i => i.Month)
            .Select(i => new CouncilInvoiceView(i.Number, i.Month, i.TotalPence, i.Lines, i.IssuedAt, !gateway.MovesRealMoney,
                i.PayAtUrl is null ? null : new Uri(i.PayAtUrl), i.PaidAt)).ToList();
    }
}
