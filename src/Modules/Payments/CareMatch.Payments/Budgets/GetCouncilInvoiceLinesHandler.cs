using CareMatch.Commissioning.Contracts;
using CareMatch.Payments.Contracts;
using CareMatch.Payments.Persistence;
using CareMatch.Payments.Visits;
using CareMatch.SharedKernel.Authorization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Payments.Budgets;

/// <summary>Another council's invoice is not found, as if it did not exist.</summary>
internal sealed class GetCouncilInvoiceLinesHandler(PaymentsDbContext db, IModuleSender modules)
    : IQueryHandler<GetCouncilInvoiceLines, IReadOnlyList<CouncilInvoiceLine>?>
{
    public async ValueTask<IReadOnlyList<CouncilInvoiceLine>?> Handle(GetCouncilInvoiceLines query, CancellationToken cancellationToken)
    {
        if (await modules.Send(new GetMyCouncil(), cancellationToken) is not { } council) return null;
        if (!await db.CouncilInvoices.AnyAsync(i => i.Number == query.Number && i.CouncilId == council.Id, cancellationToken)) return null;
        var lines = await (
            from draw in db.BudgetDraws.AsNoTracking()
            join budget in db.PersonalBudgets.AsNoTracking() on draw.BudgetId equals budget.Id
            join payment in db.VisitPayments.AsNoTracking() on draw.VisitId equals payment.VisitId
            where draw.InvoiceNumber == query.Number
            select new { draw, budget, payment }).ToListAsync(cancellationToken);
        return lines
            .OrderBy(l => l.payment.StartsAt)
            .Select(l => new CouncilInvoiceLine(l.payment.VisitDay, VisitPayment.ReferenceOf(l.draw.VisitId), l.budget.Number, l.budget.CaseReference,
                l.payment.CarePence, l.payment.ServiceFeePence, l.payment.ServiceFeeVatPence, l.draw.Pence))
            .ToList();
    }
}
