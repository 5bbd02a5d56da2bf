using CareMatch.Providers.Common;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Persistence;
using CareMatch.Providers.Profiles;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Providers.Details;

/// <summary>Saves what the carer says about the care they give, and tells other modules (CarerProfileChanged).</summary>
internal sealed class UpdateMyCarerDetailsHandler(ProvidersDbContext db, ICurrentUser currentUser, IClock clock)
    : ICommandHandler<UpdateMyCarerDetails>
{
    public async ValueTask<Unit> Handle(UpdateMyCarerDetails command, CancellationToken cancellationToken)
    {
        var profile = await MyProfile.LoadAsync(db, currentUser, cancellationToken);
        profile.UpdateDetails(new CarerProfileDetails(
            Blank(command.Bio),
            TravelRadius.Read(command.TravelRadiusKm).Expect(),
            command.CareTypes.Distinct().Order().ToList(),
            command.Skills.Distinct().Order().ToList(),
            Blank(command.Qualifications),
            Languages.Split(command.Languages),
            command.Gender,
            command.Drives,
            HourlyRate.Read(command.HourlyRate).Expect().Pence)); // the validator has accepted it
        CarerEventFactory.ProfileChanged(db, profile, clock);
        return Unit.Value;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
