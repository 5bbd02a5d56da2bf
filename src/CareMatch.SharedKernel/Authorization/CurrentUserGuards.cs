using CareMatch.SharedKernel.Identity;

namespace CareMatch.SharedKernel.Authorization;

public static class CurrentUserGuards
{
    /// <summary>The handler's own check, behind the page's: the caller must be signed in with this role.</summary>
    public static string RequireRole(this ICurrentUser currentUser, string role)
    {
        if (currentUser.UserId is not { } userId || !currentUser.IsInRole(role)) throw new AccessDeniedException();
        return userId;
    }
}
