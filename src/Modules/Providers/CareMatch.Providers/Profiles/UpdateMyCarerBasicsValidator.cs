using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Geography;
using FluentValidation;

namespace CareMatch.Providers.Profiles;

internal sealed class UpdateMyCarerBasicsValidator : AbstractValidator<UpdateMyCarerBasics>
{
    public UpdateMyCarerBasicsValidator()
    {
        RuleFor(c => c.DisplayName)
            .NotEmpty().WithMessage("Enter the name seekers will see, like Sam K.")
            .MaximumLength(CarerProfileRules.MaxDisplayNameLength)
            .WithMessage($"Name must be {CarerProfileRules.MaxDisplayNameLength} characters or fewer");
        RuleFor(c => c.HomePostcode).Custom((input, context) =>
        {
            if (!Postcode.TryParse(input, out _, out var error)) context.AddFailure(error);
        });
    }
}
