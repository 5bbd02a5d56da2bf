using CareMatch.Commissioning.Contracts;
using FluentValidation;

namespace CareMatch.Commissioning.Councils;

internal sealed class CreateCouncilValidator : AbstractValidator<CreateCouncil>
{
    public CreateCouncilValidator()
    {
        RuleFor(c => c.Name)
            .NotEmpty().WithMessage("Enter the council's name")
            .MaximumLength(CouncilRules.MaxNameLength).WithMessage($"Name must be {CouncilRules.MaxNameLength} characters or fewer");
        RuleFor(c => c.Districts).NotEmpty().WithMessage("Enter the postcode districts that make up the council's area, like LS1, LS2");
    }
}
