using FluentValidation;

namespace CareMatch.Accounts.Identity;

internal static class EmailRules
{
    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Enter your email address")
            .MaximumLength(254).WithMessage("Email address must be 254 characters or fewer")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.com");
}
