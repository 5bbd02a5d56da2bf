using System.Security.Claims;
using CareMatch.SharedKernel.Identity;

namespace CareMatch.Web.Infrastructure.Identity;

/// <summary>The signed-in person behind this request; nobody inside a background job.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public string? UserId =>
        Principal?.Identity?.IsAuthenticated == true ? Principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;
}
