using CareMatch.SharedKernel.Identity;

namespace CareMatch.SharedKernel.Authorization;

public static class CurrentUserGuards
{
    /// <summary>
    /// The signed-in person's id, for a handler that checks ownership. Who may send the message at
    /// all was settled by its access declaration before the handler ran; this checks no role.
    /// </summary>
    public static string RequireUserId(this ICurrentUser currentUser) =>
        currentUser.UserId ?? throw new AccessDeniedException();
}
