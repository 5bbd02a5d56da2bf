using Microsoft.AspNetCore.Identity;

namespace CareMatch.Accounts.Passwords;

/// <summary>Refuses passwords from the shipped list of the most common ones, whatever their case.</summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<IdentityUser>
{
    public const string Code = "CommonPassword";

    private static readonly Lazy<HashSet<string>> CommonPasswords = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<IdentityUser> manager, IdentityUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = Code,
                Description = "This password is too common and easy to guess. Choose a different one, such as three random words",
            })
            : IdentityResult.Success);

    public static bool IsCommon(string password) => CommonPasswords.Value.Contains(password.Trim().ToLowerInvariant());

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("CareMatch.Accounts.Passwords.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0) passwords.Add(line);
        }
        return passwords;
    }
}
