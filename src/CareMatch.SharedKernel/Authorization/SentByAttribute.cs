namespace CareMatch.SharedKernel.Authorization;

/// <summary>Only someone signed in with one of these roles (see <see cref="Roles"/>) may send this.</summary>
public sealed class SentByAttribute(string role, params string[] moreRoles) : AccessDeclarationAttribute
{
    public IReadOnlyList<string> Roles { get; } = [role, .. moreRoles];
}
