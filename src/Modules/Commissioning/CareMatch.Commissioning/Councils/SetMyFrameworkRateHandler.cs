using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Input;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Councils;

/// <summary>Only the commissioner's own council's rate; before they are linked to one there is nothing to set (404).</summary>
internal sealed class SetMyFrameworkRateHandler(CommissioningDbContext db, ICurrentUser currentUser) : ICommandHandler<SetMyFrameworkRate>
{
    public async ValueTask<Unit> Handle(SetMyFrameworkRate command, CancellationToken cancellationToken)
    {
        if (await MyCouncil.FindAsync(db, currentUser, cancellationToken) is not { } mine) throw new NotFoundException();
        var council = await db.Councils.SingleAsync(c => c.Id == mine.Id, cancellationToken);
        council.SetFrameworkRate(PoundsInput.Read(command.HourlyRate, SetMyFrameworkRateValidator.Label, SetMyFrameworkRateValidator.Least, SetMyFrameworkRateValidator.Most).Expect().Pence);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
