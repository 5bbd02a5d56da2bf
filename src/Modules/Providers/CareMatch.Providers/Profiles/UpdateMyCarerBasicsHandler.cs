using CareMatch.Providers.Common;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Persistence;
using CareMatch.SharedKernel.Geography;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using Mediator;

namespace CareMatch.Providers.Profiles;

/// <summary>Sets the carer's shown name and private home postcode, geocoded to its sector's centroid.</summary>
internal sealed class UpdateMyCarerBasicsHandler(ProvidersDbContext db, IPostcodeGeocoder geocoder, ICurrentUser currentUser, IClock clock)
    : ICommandHandler<UpdateMyCarerBasics>
{
    public async ValueTask<Unit> Handle(UpdateMyCarerBasics command, CancellationToken cancellationToken)
    {
        var postcode = Postcode.Parse(command.HomePostcode);
        var place = geocoder.Geocode(postcode);
        if (place.Point is not { } point) throw Refusal.At(nameof(command.HomePostcode), GeocodeResult.NotFoundMessage);

        var profile = await MyProfile.LoadAsync(db, currentUser, cancellationToken);
        profile.UpdateBasics(command.DisplayName.Trim(), postcode.Value, postcode.Sector, point.Latitude, point.Longitude);
        CarerEventFactory.ProfileChanged(db, profile, clock);
        return Unit.Value;
    }
}
