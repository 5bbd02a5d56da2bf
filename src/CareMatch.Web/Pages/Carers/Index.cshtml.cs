using CareMatch.Accounts.Contracts;
using CareMatch.Matching.Contracts;
using CareMatch.Providers.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Carers;

/// <summary>
/// A bookable carer as a seeker sees them: public details only, the home sector and (from a
/// reference point, such as a request's sector centroid) a distance, and how quickly they answer
/// invitations. Anyone else's profile is 404.
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

    /// <summary>How quickly they answer invitations, from Matching.</summary>
    public CarerReplyTime ReplyTime { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Carer = await sender.Send(new GetPublicCarerProfile(ProfileId, FromLatitude, FromLongitude), cancellationToken);
        ReplyTime = await sender.Send(new GetCarerReplyTime(ProfileId), cancellationToken);
    }
}
