using CareMatch.Bookings.Contracts;
using FluentValidation;

namespace CareMatch.Bookings.Offers;

internal sealed class ApplyToRequestValidator : AbstractValidator<ApplyToRequest>
{
    public ApplyToRequestValidator() =>
        RuleFor(c => c.Message).MaximumLength(1000).WithMessage("Your message must be 1,000 characters or fewer");
}
