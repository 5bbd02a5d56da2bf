using CareMatch.Accounts.Contracts;

namespace CareMatch.Web.Infrastructure.Links;

/// <summary>
/// Absolute links for Accounts' emails: from <c>App:PublicUrl</c> when set (behind a proxy,
/// or from a scheduled task), else from the request being served.
/// </summary>
public sealed class AccountLinks(LinkGenerator links, IHttpContextAccessor accessor, IConfiguration configuration) : IAccountLinks
{
    public string ConfirmEmail(string userId, string code) => Page("/Account/ConfirmEmail", new { userId, code });

    public string ResetPassword(string userId, string code) => Page("/Account/ResetPassword", new { userId, code });

    public string AcceptInvitation(string userId, string code) => Page("/Account/AcceptInvitation", new { userId, code });

    public string SignIn() => Page("/Account/SignIn", null);

    public string ForgotPassword() => Page("/Account/ForgotPassword", null);

    private string Page(string page, object? values)
    {
        var path = links.GetPathByPage(page, handler: null, values) ?? throw new InvalidOperationException($"No route to {page}.");
        return $"{BaseUrl().TrimEnd('/')}{path}";
    }

    private string BaseUrl() => PublicAddress.BaseUrl(accessor, configuration);
}
