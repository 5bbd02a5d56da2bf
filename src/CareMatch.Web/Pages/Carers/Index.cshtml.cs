using CareMatch.Accounts.Contracts;
using CareMatch.Providers.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Carers;

/// <summary>
/// A bookable carer as a seeker sees them: public details only, the home sector and (from a
/// reference point, such as a request's sector centroid) a distance. Anyone else's profile is 404.
/// </summary>
[Authorize(Roles = AccountRoles.Seeker)]
public sealed class PublicCarerProfileModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid ProfileId { get; set; }

    [BindProperty(SupportsGet = true, Name = "lat")]
    public double? FromLatitude { get; set; }

    [BindProperty(SupportsGet = true, Name = "lon")]
    public double? FromLongitude { get; set; }

    public PublicCarerProfile Carer { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Carer = await sender.Send(new GetPublicCarerProfile(ProfileId, FromLatitude, FromLongitude), cancellationToken);
}
