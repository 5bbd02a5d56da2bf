using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Geography;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Councils;

/// <summary>Creates a council. Every district must be real and not already another council's.</summary>
internal sealed class CreateCouncilHandler(CommissioningDbContext db, IPostcodeGeocoder geocoder, IClock clock)
    : ICommandHandler<CreateCouncil, Guid>
{
    public async ValueTask<Guid> Handle(CreateCouncil command, CancellationToken cancellationToken)
    {
        var name = command.Name.Trim();
        if (await db.Councils.AnyAsync(c => c.Name == name, cancellationToken))
            throw Refusal.At(nameof(command.Name), "A council with this name already exists");

        var (districts, problems) = CouncilRules.ParseDistricts(command.Districts, geocoder);
        var taken = await db.CouncilDistricts.Where(d => districts.Contains(d.District)).Select(d => d.District).ToListAsync(cancellationToken);
        problems.AddRange(taken.Select(d => $"{d} already belongs to another council"));
        if (problems.Count > 0) throw Refusal.At(nameof(command.Districts), problems);

        var council = Council.Create(name, districts, clock.UtcNow);
        db.Councils.Add(council);
        return council.Id;
    }
}
