using CareMatch.Needs.Contracts;

namespace CareMatch.Web.Infrastructure.Links;

/// <summary>Absolute links for Needs' emails, from the same public address as Accounts' (see <see cref="PublicAddress"/>).</summary>
public sealed class NeedsLinks(LinkGenerator links, IHttpContextAccessor accessor, IConfiguration configuration) : INeedsLinks
{
    public string Invitation(string token) => Absolute("/Seeker/Invitations/Index", new { token });

    public string SignUp() => Absolute("/Account/Register", null);

    private string Absolute(string page, object? values) =>
        PublicAddress.BaseUrl(accessor, configuration) + (links.GetPathByPage(page, handler: null, values) ?? throw new InvalidOperationException($"No route to {page}."));
}
