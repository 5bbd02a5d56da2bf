using CareMatch.Commissioning.Contracts;
using CareMatch.Web.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.OpenData;

/// <summary>Open data for people: what is published, what each field means, the freshness promise and whether it is being kept.</summary>
[AllowAnonymous]
public sealed class OpenDataModel(ISender sender, SecuritySettings security) : PageModel
{
    public int AnonymousRequestsPerMinute => security.OpenDataRequestsPerMinute;

    public OpenDataCatalogue Catalogue { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Catalogue = await sender.Send(new ListOpenDataCouncils(), cancellationToken);
}
