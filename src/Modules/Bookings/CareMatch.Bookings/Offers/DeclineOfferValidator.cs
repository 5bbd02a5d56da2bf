using CareMatch.Bookings.Contracts;
using FluentValidation;

namespace CareMatch.Bookings.Offers;

internal sealed class DeclineOfferValidator : AbstractValidator<DeclineOffer>
{
    public DeclineOfferValidator() =>
        RuleFor(c => c.Reason).MaximumLength(500).WithMessage("Your reason must be 500 characters or fewer");
}
