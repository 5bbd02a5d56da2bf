using CareMatch.Needs.Contracts;
using CareMatch.Needs.Persistence;
using CareMatch.Needs.Requests;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Geography;
using CareMatch.SharedKernel.Values;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Needs.Jobs;

/// <summary>
/// An open request as a carer sees it, with the distance from the carer's home sector. The
/// carer's sector comes from Providers through its contract query; only sector centroids are
/// compared, so the distance reveals neither home.
/// </summary>
internal sealed class GetCareRequestForCarerHandler(NeedsDbContext db, IModuleSender sender, IPostcodeGeocoder geocoder)
    : IQueryHandler<GetCareRequestForCarer, CareRequestForCarer>
{
    public async ValueTask<CareRequestForCarer> Handle(GetCareRequestForCarer query, CancellationToken cancellationToken)
    {
        var request = await db.CareRequests.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Id == query.RequestId && r.Status == CareRequestStatus.Open, cancellationToken)
            ?? throw new NotFoundException();

        var profile = await sender.Send(new GetMyCarerProfile(), cancellationToken);
        var home = SectorCentroid(profile?.HomeSector);
        double? distance = home is { } from ? from.KilometresTo(new GeoPoint(request.SectorLatitude, request.SectorLongitude)) : null;

        return new CareRequestForCarer(
            request.Id, request.Requirements(), request.When(), request.RecipientAgeBand, request.Sector,
            request.MaxHourlyRatePence, request.Funding, distance, profile?.HomeSector);
    }

    // Any full postcode in the sector geocodes to the sector's centroid; "AA" just completes the shape.
    private GeoPoint? SectorCentroid(string? sector) =>
        sector is not null && Postcode.TryParse(sector + "AA", out var postcode, out _) ? geocoder.Geocode(postcode).Point : null;
}
