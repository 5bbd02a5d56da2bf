using System.Security.Claims;
using CareMatch.SharedKernel.Identity;

namespace CareMatch.Web.Infrastructure.Identity;

/// <summary>
/// Who is asking: the signed-in person behind this request, nobody inside a background job,
/// or, for host tasks such as demo seeding, whoever the task says it acts as in its own scope.
/// </summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private (string UserId, string[] Roles)? _actingAs;

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public string? UserId => _actingAs?.UserId
        ?? (Principal?.Identity?.IsAuthenticated == true ? Principal.FindFirstValue(ClaimTypes.NameIdentifier) : null);

    public bool IsInRole(string role) => _actingAs is { } acting ? acting.Roles.Contains(role) : Principal?.IsInRole(role) == true;

    /// <summary>For host tasks outside a request; never called from a page.</summary>
    public void ActAs(string userId, params string[] roles) => _actingAs = (userId, roles);
}
