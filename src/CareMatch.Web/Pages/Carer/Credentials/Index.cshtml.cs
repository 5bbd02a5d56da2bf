using CareMatch.Accounts.Contracts;
using CareMatch.Providers.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Carer.Credentials;

[Authorize(Roles = AccountRoles.Carer)]
public sealed class CarerCredentialsModel(ISender sender) : PageModel
{
    public IReadOnlyList<CredentialView> Credentials { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Credentials = await sender.Send(new GetMyCredentials(), cancellationToken);
}
