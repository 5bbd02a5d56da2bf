using CareMatch.Accounts.Passwords;
using FluentValidation;

namespace CareMatch.Accounts.Identity;

/// <summary>
/// One password policy for every form that sets a password (ASVS 5.0 level 2): at least 8
/// characters, long passphrases welcome, no composition rules, common passwords refused.
/// </summary>
internal static class PasswordRules
{
    public const int MinimumLength = 8;
    public const int MaximumLength = 128;

    public static IRuleBuilderOptions<T, string> AcceptablePassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Enter a password")
            .MinimumLength(MinimumLength).WithMessage($"Password must be at least {MinimumLength} characters")
            .MaximumLength(MaximumLength).WithMessage($"Password must be {MaximumLength} characters or fewer")
            .Must(password => !CommonPasswordValidator.IsCommon(password))
            .WithMessage("This password is too common and easy to guess. Choose a different one, such as three random words");
}
