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
        var credits = await (
            from credit in db.BudgetCredits.AsNoTracking()
            join budget in db.PersonalBudgets.AsNoTracking() on credit.BudgetId equals budget.Id
            join payment in db.VisitPayments.AsNoTracking() on credit.VisitId equals payment.VisitId
            where credit.InvoiceNumber == query.Number
            select new { credit, budget, payment }).ToListAsync(cancellationToken);
        var visits = lines.Select(l => (l.payment.StartsAt, Line: new CouncilInvoiceLine(l.payment.VisitDay, VisitPayment.ReferenceOf(l.draw.VisitId),
            l.budget.Number, l.budget.CaseReference, l.payment.CarePence, l.payment.ServiceFeePence, l.payment.ServiceFeeVatPence, l.draw.Pence)));
        // A refund is a line of its own, the whole of it against the care, so the columns still add up.
        var refunds = credits.Select(c => (c.payment.StartsAt, Line: new CouncilInvoiceLine(c.payment.VisitDay, VisitPayment.ReferenceOf(c.credit.VisitId),
            c.budget.Number, c.budget.CaseReference, -c.credit.Pence, 0, 0, -c.credit.Pence, IsRefund: true)));
        return visits.Concat(refunds).OrderBy(l => l.StartsAt).ThenBy(l => l.Line.IsRefund).Select(l => l.Line).ToList();
    }
}
