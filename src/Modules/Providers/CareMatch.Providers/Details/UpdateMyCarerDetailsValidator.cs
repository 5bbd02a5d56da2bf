using CareMatch.Providers.Contracts;
using CareMatch.Providers.Profiles;
using CareMatch.SharedKernel.Input;
using FluentValidation;

namespace CareMatch.Providers.Details;

internal sealed class UpdateMyCarerDetailsValidator : AbstractValidator<UpdateMyCarerDetails>
{
    public UpdateMyCarerDetailsValidator()
    {
        RuleFor(c => c.Bio).MaximumLength(CarerProfileRules.MaxBioLength)
            .WithMessage($"About you must be {CarerProfileRules.MaxBioLength} characters or fewer");
        RuleFor(c => c.TravelRadiusKm).MustBeAWholeNumber(TravelRadius.Label, TravelRadius.Least, TravelRadius.Most, TravelRadius.Unit);
        RuleFor(c => c.CareTypes).NotEmpty().WithMessage("Select the care you offer");
        RuleForEach(c => c.CareTypes).IsInEnum().WithMessage("Select the care you offer from the list");
        RuleForEach(c => c.Skills).IsInEnum().WithMessage("Select your skills from the list");
        RuleFor(c => c.Qualifications).MaximumLength(CarerProfileRules.MaxQualificationsLength)
            .WithMessage($"Qualifications must be {CarerProfileRules.MaxQualificationsLength} characters or fewer");
        RuleFor(c => c.Languages).NotEmpty().WithMessage("Enter the languages you speak, like English, Punjabi");
        RuleFor(c => c.Languages).Must(l => Languages.Split(l).Count <= CarerProfileRules.MaxLanguages)
            .WithMessage($"Enter {CarerProfileRules.MaxLanguages} languages or fewer");
        RuleFor(c => c.Languages).Must(l => Languages.Split(l).All(name => name.Length <= CarerProfileRules.MaxLanguageLength))
            .WithMessage($"Each language must be {CarerProfileRules.MaxLanguageLength} characters or fewer");
        RuleFor(c => c.Gender).IsInEnum().WithMessage("Select your gender from the list");
        RuleFor(c => c.HourlyRate).MustBePounds(HourlyRate.Label, HourlyRate.Least, HourlyRate.Most);
    }
}
