using CareMatch.Payments.Contracts;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.PersonalData;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Payments.PersonalData;

internal sealed class ExportMyPaymentsDataHandler(PaymentsDbContext db, ICurrentUser currentUser) : IQueryHandler<ExportMyPaymentsData, ModuleDataExport>
{
    public async ValueTask<ModuleDataExport> Handle(ExportMyPaymentsData query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var payoutAccounts = await db.PayoutAccounts.AsNoTracking().Where(a => a.CarerUserId == userId).ToListAsync(cancellationToken);
        var customers = await db.PaymentCustomers.AsNoTracking().Where(c => c.SeekerUserId == userId).ToListAsync(cancellationToken);
        var visitPayments = await db.VisitPayments.AsNoTracking().Where(p => p.SeekerUserId == userId || p.CarerUserId == userId).ToListAsync(cancellationToken);
        var budgets = await db.PersonalBudgets.AsNoTracking().Where(b => b.SeekerUserId == userId).ToListAsync(cancellationToken);
        return new ModuleDataExport("Payments",
            [.. PersonalDataRows.Of(db, payoutAccounts), .. PersonalDataRows.Of(db, customers), .. PersonalDataRows.Of(db, visitPayments), .. PersonalDataRows.Of(db, budgets)]);
    }
}
