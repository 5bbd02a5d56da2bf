using CareMatch.Accounts.Contracts;
using FluentValidation;

namespace CareMatch.Accounts.SignIn;

internal sealed class SignInWithPasswordValidator : AbstractValidator<SignInWithPassword>
{
    public SignInWithPasswordValidator()
    {
        RuleFor(c => c.Email).NotEmpty().WithMessage("Enter your email address");
        RuleFor(c => c.Password).NotEmpty().WithMessage("Enter your password");
    }
}
