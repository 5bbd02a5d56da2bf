namespace CareMatch.SharedKernel.Identity;

/// <summary>Who is asking. Handlers use it to check ownership; the host fills it from the signed-in user.</summary>
public interface ICurrentUser
{
    string? UserId { get; }

    bool IsAuthenticated => UserId is not null;

    bool IsInRole(string role);
}
